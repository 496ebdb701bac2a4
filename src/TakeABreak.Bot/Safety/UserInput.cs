using System.Text;
using System.Text.Json.Nodes;
using TakeABreak.BotFramework.Schema;

namespace TakeABreak.Bot.Safety;

/// <summary>
/// What a message activity carries that a person may have written: the text (typed, or a button's label) and every string
/// in a submitted card (typed fields, but also option ids and keys the card put there itself).
/// </summary>
public sealed class UserInput
{
    private UserInput(string text, IReadOnlyList<string> cardValues)
    {
        Text = text;
        CardValues = cardValues;
    }

    public string Text { get; }

    public IReadOnlyList<string> CardValues { get; }

    public bool IsEmpty => Text.Length == 0 && CardValues.Count == 0;

    /// <param name="activity">The message.</param>
    /// <param name="text">Its text when it differs from the activity's (the whole accepted message); default the activity's.</param>
    public static UserInput Of(Activity activity, string? text = null)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var values = new List<string>();
        Collect(activity.Value, values);
        return new UserInput((text ?? activity.Text)?.Trim() ?? string.Empty, values);
    }

    /// <summary>All of it as one text, one part per line.</summary>
    public string All() => Written(_ => true, _ => true);

    /// <summary>Only what the user wrote: without a text that is a button of the waiting question, and without card values the question put there.</summary>
    public string WrittenFor(WaitingPrompt? prompt) =>
        prompt is null ? All() : Written(text => !prompt.IsOption(text), value => !prompt.IsCardValue(value));

    private string Written(Func<string, bool> keepText, Func<string, bool> keepValue)
    {
        var written = new StringBuilder();
        if (Text.Length > 0 && keepText(Text))
        {
            written.Append(Text);
        }

        foreach (var value in CardValues.Where(keepValue))
        {
            written.Append('\n').Append(value);
        }

        return written.ToString().Trim();
    }

    private static void Collect(JsonNode? node, List<string> values)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (_, child) in obj)
                {
                    Collect(child, values);
                }

                break;
            case JsonArray array:
                foreach (var child in array)
                {
                    Collect(child, values);
                }

                break;
            case JsonValue value when value.TryGetValue<string>(out var text) && !string.IsNullOrWhiteSpace(text):
                values.Add(text.Trim());
                break;
        }
    }
}
