using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;

namespace TakeABreak.Deployment.Tests.Publishing;

/// <summary>The published output alone is a working host: content included, starts in Production-like settings, ready.</summary>
[Collection(PublishedAppCollection.Name)]
public sealed class PublishedAppTests(PublishedApp app)
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(90);

    [Fact]
    public void The_published_output_contains_the_dialogs_content_and_the_web_chat_bundle()
    {
        Assert.True(File.Exists(Path.Combine(app.Folder, "dialogs", "conversation.yaml")));
        Assert.True(File.Exists(Path.Combine(app.Folder, "wwwroot", "lib", "webchat.js")));
        Assert.False(File.Exists(Path.Combine(app.Folder, "package.json")));
    }

    [Fact]
    public void The_publish_lints_the_dialogs_content_and_stamps_what_passed()
    {
        var stamp = File.ReadAllText(Path.Combine(app.Folder, "dialogs", TakeABreak.Content.ContentStamp.FileName)).Trim();

        Assert.Equal(TakeABreak.Content.ContentStamp.Of(Path.Combine(app.Folder, "dialogs")), stamp);
    }

    [Fact]
    public async Task The_published_output_starts_on_its_own_in_Production_and_is_ready()
    {
        var port = FreePort();
        var dataFolder = Directory.CreateTempSubdirectory("takeabreak-published-data").FullName;
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = app.Folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(Path.Combine(app.Folder, "TakeABreak.Bot.dll"));
        foreach (var variable in start.Environment.Keys.Where(k => k.StartsWith("ASPNETCORE_", StringComparison.Ordinal) || k.StartsWith("DOTNET_", StringComparison.Ordinal)).ToList())
        {
            start.Environment.Remove(variable);
        }

        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}";
        start.Environment["MicrosoftAppType"] = "SingleTenant";
        start.Environment["MicrosoftAppId"] = "00000000-0000-0000-0000-0000000000b0";
        start.Environment["MicrosoftAppPassword"] = "not-used-before-a-reply";
        start.Environment["MicrosoftAppTenantId"] = "11111111-1111-1111-1111-111111111111";
        start.Environment["PublicBaseUrl"] = "https://chat.example.nl";
        start.Environment["Storage__Provider"] = "Sqlite";
        start.Environment["Storage__Sqlite__DataFolder"] = dataFolder;
        start.Environment["Storage__ProtectionKey"] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));

        using var process = Process.Start(start)!;
        var output = new System.Text.StringBuilder();
        process.OutputDataReceived += (_, e) => output.AppendLine(e.Data);
        process.ErrorDataReceived += (_, e) => output.AppendLine(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            var status = await ReadinessAsync(process, new Uri($"http://127.0.0.1:{port}/readyz"));

            Assert.True(status == HttpStatusCode.OK, $"/readyz answered {status}; the host wrote:\n{output}");
            Assert.Contains("their JSON schema checks were left out", output.ToString(), StringComparison.Ordinal);
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
            Directory.Delete(dataFolder, recursive: true);
        }
    }

    /// <summary>Asks /readyz every half second until it answers, the process exits, or the start timeout passes.</summary>
    private static async Task<HttpStatusCode?> ReadinessAsync(Process process, Uri readyz)
    {
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        using var timeout = new CancellationTokenSource(StartTimeout);
        using var poll = new PeriodicTimer(TimeSpan.FromMilliseconds(500));
        while (!process.HasExited && await poll.WaitForNextTickAsync(CancellationToken.None) && !timeout.IsCancellationRequested)
        {
            try
            {
                using var response = await client.GetAsync(readyz);
                return response.StatusCode;
            }
            catch (HttpRequestException)
            {
                // not listening yet
            }
        }

        return null;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
