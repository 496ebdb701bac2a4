namespace TakeABreak.Signalering.Safety;

/// <summary>What the bot says when a message shows acute danger or a serious disclosure, per locale, from dialogs/safety/messages.yaml.</summary>
public sealed class SafetyMessages
{
    /// <summary>First line: call 112 now. Then Veilig Thuis for afterwards.</summary>
    public const string AcuteDanger = "acute_danger";

    /// <summary>Asks whether to continue where the user was or to restart.</summary>
    public const string AcuteContinueOffer = "acute_continue_offer";

    /// <summary>Button label: continue where I was.</summary>
    public const string AcuteContinue = "acute_continue";

    /// <summary>Button label: start again.</summary>
    public const string AcuteRestart = "acute_restart";

    /// <summary>The answer to a serious disclosure without danger now: an acknowledgement, Veilig Thuis, and going on.</summary>
    public const string UrgentDisclosure = "urgent_disclosure";

    /// <summary>The answer to a child's own disclosure: De Kindertelefoon, Veilig Thuis, and 112 for danger now.</summary>
    public const string ChildDisclosure = "child_disclosure";

    /// <summary>Ends the answer to a serious disclosure when the dialog's question follows it in the same turn.</summary>
    public const string UrgentGoingOn = "urgent_going_on";

    /// <summary>Like <see cref="UrgentGoingOn"/>, when the message opened the conversation (there is nothing to go back to).</summary>
    public const string UrgentGoingOnFirst = "urgent_going_on_first";

    public const string DefaultLocale = "nl";

    private readonly IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> _textByIdAndLocale;

    internal SafetyMessages(IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> textByIdAndLocale)
    {
        _textByIdAndLocale = textByIdAndLocale;
    }

    public IEnumerable<string> Ids => _textByIdAndLocale.Keys;

    /// <summary>The languages the messages are written in.</summary>
    public IEnumerable<string> Locales => _textByIdAndLocale.Values.SelectMany(texts => texts.Keys).Distinct(StringComparer.Ordinal);

    /// <summary>The text of a message; "en-GB" reads as "en", and a locale without text falls back to Dutch.</summary>
    public string Get(string id, string locale)
    {
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(locale);
        if (!_textByIdAndLocale.TryGetValue(id, out var texts))
        {
            throw new KeyNotFoundException($"There is no safety message '{id}' in dialogs/safety/messages.yaml.");
        }

        var language = locale.Split('-', '_')[0].ToLowerInvariant();
        return texts.TryGetValue(language, out var text) ? text : texts[DefaultLocale];
    }
}
