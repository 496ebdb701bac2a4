using System.Text.Json.Nodes;
using TakeABreak.BotFramework.Schema;

namespace TakeABreak.BotFramework.Tests.Schema;

public sealed class ActivityRoundTripTests
{
    private const string TeamsMessage = """
        {
          "type": "message",
          "id": "1700000000000",
          "timestamp": "2026-11-28T17:00:00.123Z",
          "localTimestamp": "2026-11-28T18:00:00.123+01:00",
          "localTimezone": "Europe/Amsterdam",
          "serviceUrl": "https://smba.trafficmanager.net/emea/",
          "channelId": "msteams",
          "from": { "id": "29:1abc", "name": "Sam", "aadObjectId": "6f1c", "futureAccountField": { "x": 1 } },
          "conversation": { "id": "a:1xyz;messageid=42", "conversationType": "personal", "tenantId": "t-1", "isGroup": false },
          "recipient": { "id": "28:bot", "name": "TakeABreak" },
          "text": "<at>TakeABreak</at> hoi",
          "textFormat": "plain",
          "locale": "nl-NL",
          "attachments": [ { "contentType": "text/html", "content": "<p>hoi</p>", "unknownAttachmentField": [1, 2, 3] } ],
          "entities": [
            { "type": "mention", "mentioned": { "id": "28:bot", "name": "TakeABreak" }, "text": "<at>TakeABreak</at>" },
            { "type": "clientInfo", "locale": "nl-NL", "country": "NL", "platform": "Web", "timezone": "Europe/Amsterdam" }
          ],
          "channelData": { "tenant": { "id": "t-1" }, "team": { "id": "19:team", "name": "Staff" }, "channel": { "id": "19:chan" }, "eventType": null, "deep": [ { "a": [true, null, 1.5e3] } ] },
          "value": { "action": { "type": "Action.Execute", "verb": "x", "data": { "n": 1 } } },
          "someFutureField": { "nested": [ "kept", 7, false ] },
          "anotherUnknownScalar": 12345678901234567890
        }
        """;

    [Fact]
    public void Activity_with_unknown_fields_entities_and_channel_data_round_trips_unchanged()
    {
        var activity = ProtocolJson.ReadActivity(System.Text.Encoding.UTF8.GetBytes(TeamsMessage));

        var written = ProtocolJson.Write(activity);

        Assert.True(
            JsonNode.DeepEquals(JsonNode.Parse(TeamsMessage), JsonNode.Parse(written)),
            $"The activity changed in the round trip:{Environment.NewLine}{written}");
    }

    [Fact]
    public void Modelled_fields_are_read_into_the_activity()
    {
        var activity = ProtocolJson.ReadActivity(System.Text.Encoding.UTF8.GetBytes(TeamsMessage))!;

        Assert.Equal(ActivityTypes.Message, activity.Type);
        Assert.Equal("a:1xyz;messageid=42", activity.Conversation?.Id);
        Assert.Equal(2, activity.Entities?.Count);
        Assert.Equal("t-1", activity.ChannelData?["tenant"]?["id"]?.GetValue<string>());
    }
}
