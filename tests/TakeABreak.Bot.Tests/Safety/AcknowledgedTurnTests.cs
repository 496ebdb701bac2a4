using TakeABreak.Bot.Safety;
using TakeABreak.BotFramework.Schema;

namespace TakeABreak.Bot.Tests.Safety;

/// <summary>
/// In the widget, seen on the published host in the eighth session: "Dit is ernstig. … Nu gaan we verder waar we waren."
/// showed after the question it leads into, because Web Chat orders a turn's messages by timestamp and the dialog's
/// replies were stamped before the acknowledgement existed.
/// </summary>
public sealed class AcknowledgedTurnTests
{
    [Fact]
    public void The_acknowledgement_and_the_dialogs_replies_are_stamped_in_the_order_they_are_shown()
    {
        var sent = DateTimeOffset.Parse("2026-12-01T15:30:00Z", System.Globalization.CultureInfo.InvariantCulture);
        var understood = new Activity { Type = ActivityTypes.Message, Text = "Ik begrijp: …", Timestamp = sent };
        var question = new Activity { Type = ActivityTypes.Message, Text = "Hoe vaak gebeurt het?", Timestamp = sent };
        var acknowledgement = new Activity { Type = ActivityTypes.Message, Text = "Dit is ernstig. Goed dat je het vertelt." };

        var composed = AcknowledgedTurn.Compose(acknowledgement, [understood, question], afterWelcome: false, goingOn: "Nu gaan we verder waar we waren.");

        Assert.Same(acknowledgement, composed[0]);
        var stamps = composed.Select(activity => activity.Timestamp!.Value).ToList();
        Assert.Equal(stamps.Order(), stamps);
        Assert.Equal(stamps.Count, stamps.Distinct().Count());
    }

    [Fact]
    public void Replies_sent_later_keep_their_own_timestamps()
    {
        var start = DateTimeOffset.Parse("2026-12-01T15:30:00Z", System.Globalization.CultureInfo.InvariantCulture);
        var first = new Activity { Type = ActivityTypes.Message, Text = "Ik begrijp: …", Timestamp = start };
        var second = new Activity { Type = ActivityTypes.Message, Text = "Hoe vaak gebeurt het?", Timestamp = start.AddSeconds(1) };
        var acknowledgement = new Activity { Type = ActivityTypes.Message, Text = "Dit is ernstig." };

        var composed = AcknowledgedTurn.Compose(acknowledgement, [first, second], afterWelcome: false, goingOn: "Nu gaan we verder.");

        Assert.Equal(start.AddSeconds(1), composed[^1].Timestamp);
    }
}
