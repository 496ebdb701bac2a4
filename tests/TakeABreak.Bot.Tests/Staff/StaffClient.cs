using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using TakeABreak.Bot.Tests.Conversation;

namespace TakeABreak.Bot.Tests.Staff;

/// <summary>A browser-like client of the staff page and API: keeps cookies, does not follow redirects, signs in with the local login.</summary>
internal sealed partial class StaffClient(HttpClient http) : IDisposable
{
    public HttpClient Http { get; } = http;

    public static StaffClient For(ConversationTestHost host) =>
        new(host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true }));

    public static async Task<StaffClient> SignedInAsync(ConversationTestHost host, string userName)
    {
        var client = For(host);
        var response = await client.SignInAsync(userName, userName + "-password");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }

    public async Task<HttpResponseMessage> SignInAsync(string userName, string password)
    {
        var token = await TokenFromAsync("/staff/login");
        return await Http.PostAsync("/staff/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["userName"] = userName,
            ["password"] = password,
            ["returnUrl"] = "/staff",
        }));
    }

    public async Task<string> TokenFromAsync(string page)
    {
        var html = await Http.GetStringAsync(page);
        return TokenPattern().Match(html).Groups[1].Value;
    }

    public async Task<(JsonElement Body, string ETag)> ReadAsync(string id)
    {
        var response = await Http.GetAsync($"/staff/api/consultations/{id}");
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>(), response.Headers.ETag!.Tag);
    }

    public Task<HttpResponseMessage> PostAsync(string path, string? etag, object? body = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(body ?? new { }) };
        if (etag is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", etag);
        }

        return Http.SendAsync(request);
    }

    public void Dispose() => Http.Dispose();

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
