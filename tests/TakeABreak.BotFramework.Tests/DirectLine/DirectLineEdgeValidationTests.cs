using System.Net;
using System.Net.Http.Headers;
using System.Text;

namespace TakeABreak.BotFramework.Tests.DirectLine;

/// <summary>The local Direct Line refuses what /api/messages refuses, before the activity is echoed or a turn runs.</summary>
public sealed class DirectLineEdgeValidationTests
{
    [Theory]
    [InlineData("""{"type":"message","text":"hoi","attachments":[null]}""")]
    [InlineData("""{"type":"message","value":{"answer":"\ud800"}}""")]
    [InlineData("""{"type":"event","name":"x\ny"}""")]
    public async Task A_malformed_client_activity_gets_400_and_is_not_echoed(string json)
    {
        await using var host = await DirectLineTestHost.StartAsync();
        var conversation = await host.StartConversationAsync();

        using var response = await host.SendAsync(HttpMethod.Post, $"/v3/directline/conversations/{conversation.ConversationId}/activities", conversation.Token, json);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["welcome"], DirectLineTestHost.Texts(await host.GetActivitiesAsync(conversation.ConversationId, conversation.Token)));
    }

    [Fact]
    public async Task Invalid_UTF8_in_a_client_activity_gets_400()
    {
        await using var host = await DirectLineTestHost.StartAsync();
        var conversation = await host.StartConversationAsync();
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/v3/directline/conversations/{conversation.ConversationId}/activities")
        {
            Content = new ByteArrayContent([.. Encoding.UTF8.GetBytes("{\"type\":\"message\",\"channelData\":{\"x\":\""), 0xC3, 0x28, .. Encoding.UTF8.GetBytes("\"}}")]),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", conversation.Token);

        using var response = await host.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
