using System.Text.Json.Nodes;

namespace TakeABreak.Dialogs.Runtime;

public enum DialogInputKind
{
    /// <summary>The conversation opened (a member joined, or the widget's join event).</summary>
    ConversationStarted,

    Message,
}

/// <summary>What the user did this turn, without the protocol around it.</summary>
/// <param name="Value">A card submit's data, when the message came from a card.</param>
public sealed record DialogInput(DialogInputKind Kind, string? Text, JsonObject? Value, string? ChannelLocale)
{
    /// <summary>The channel the user is on ("msteams", "directline", …); content can branch on it as the value "channel".</summary>
    public string? Channel { get; init; }

    /// <summary>
    /// Another part of the bot has already answered this message (e.g. acknowledged what the user told). The dialog
    /// still takes any answer from it and still follows stop, restart and the other control words; it does not answer
    /// it a second time with a topic ("say" interruptions), and when it finds no answer it asks its question again
    /// without saying it did not understand.
    /// </summary>
    public bool AlreadyAcknowledged { get; init; }

    /// <summary>The message asks for what the confirm question offers (its <c>yes_when_asked</c>): it is the yes.</summary>
    public bool AsksForWhatIsOffered { get; init; }

    /// <summary>The message as the user typed it, when <see cref="Text"/> is how it is read (chat spellings written out).</summary>
    public string? AsTyped { get; init; }

    /// <summary>The message read as <paramref name="text"/>, keeping what was typed for answers stored word for word.</summary>
    public DialogInput ReadAs(string text) => text == Text ? this : this with { Text = text, AsTyped = AsTyped ?? Text };

    public static DialogInput Message(string? text, string? channelLocale = null, JsonObject? value = null, string? channel = null) =>
        new(DialogInputKind.Message, text, value, channelLocale) { Channel = channel };

    public static DialogInput Started(string? channelLocale = null, string? channel = null) =>
        new(DialogInputKind.ConversationStarted, null, null, channelLocale) { Channel = channel };
}
