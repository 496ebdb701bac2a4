namespace TakeABreak.Dialogs.Content;

/// <summary>All dialogs, strings and conversation settings from dialogs/, loaded and checked together.</summary>
public sealed class DialogContent
{
    public required string Version { get; init; }

    public required IReadOnlyList<string> Locales { get; init; }

    public string DefaultLocale => Locales[0];

    public required string StartDialog { get; init; }

    public required IReadOnlyList<string> StartEvents { get; init; }

    public required int MaxAttempts { get; init; }

    public required IReadOnlyDictionary<string, DialogDefinition> Dialogs { get; init; }

    public required IReadOnlyList<InterruptionDefinition> Interruptions { get; init; }

    public required LocalizedStrings Strings { get; init; }

    public DialogDefinition Dialog(string id) =>
        Dialogs.TryGetValue(id, out var dialog) ? dialog : throw new KeyNotFoundException($"There is no dialog '{id}'.");

    /// <summary>The locale for a channel locale such as "en-US": its language when supported, else the default.</summary>
    public string LocaleFor(string? channelLocale)
    {
        var language = channelLocale?.Split('-', '_')[0].ToLowerInvariant();
        return language is not null && Locales.Contains(language) ? language : DefaultLocale;
    }
}

public sealed record DialogDefinition(string Id, IReadOnlyList<DialogStep> Steps)
{
    public DialogStep? Step(string id) => Steps.FirstOrDefault(step => step.Id == id);

    public int IndexOf(string id)
    {
        for (var i = 0; i < Steps.Count; i++)
        {
            if (Steps[i].Id == id)
            {
                return i;
            }
        }

        return -1;
    }
}

public enum StepKind
{
    Say,
    Prompt,
    Action,
    Branch,
    Call,
    Replace,
    End,
}

/// <summary>One step of a dialog. <see cref="Say"/> is sent when the step starts, before anything else it does.</summary>
public sealed record DialogStep(string Id, StepKind Kind, int Line)
{
    public IReadOnlyList<string> Say { get; init; } = [];

    /// <summary>Values set when the step starts (<c>remember: { advice_told: [resident] }</c>), for a later branch to test.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Remember { get; init; } = new Dictionary<string, IReadOnlyList<string>>();

    /// <summary>
    /// Values replaced when the step starts, after <see cref="Remember"/> (<c>set: { role: [self], about: [child] }</c>): an
    /// earlier answer that turned out not to fit (a relative who is a young person at home) is what it is now.
    /// </summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Set { get; init; } = new Dictionary<string, IReadOnlyList<string>>();

    /// <summary>The step after this one; none means the following step in the list (or the end of the dialog).</summary>
    public string? Next { get; init; }

    public PromptDefinition? Prompt { get; init; }

    public string? Action { get; init; }

    public IReadOnlyList<BranchCase> Branch { get; init; } = [];

    /// <summary>The dialog to call (<see cref="StepKind.Call"/>) or to continue with instead (<see cref="StepKind.Replace"/>).</summary>
    public string? Dialog { get; init; }

    /// <summary>An end that ends the conversation (<c>end: all</c>), also the dialogs below this one (a question interrupted).</summary>
    public bool EndsAll { get; init; }
}

public enum PromptKind
{
    Choice,
    Multi,
    Text,
    Confirm,
    Number,
    Questions,
}

public sealed record PromptDefinition(PromptKind Kind)
{
    public string? Text { get; init; }

    /// <summary>The collected value the answer is stored in.</summary>
    public string? Into { get; init; }

    public IReadOnlyList<OptionDefinition> Options { get; init; } = [];

    /// <summary>A registered option source or question source that gives the options at run time.</summary>
    public string? Source { get; init; }

    public bool Skippable { get; init; }

    public long? Min { get; init; }

    public long? Max { get; init; }

    public string? YesNext { get; init; }

    /// <summary>A confirm's step after "no"; a checklist's step when it ends with nothing ticked ("none").</summary>
    public string? NoNext { get; init; }

    /// <summary>
    /// A confirm's string id said to "weet ik niet" / "misschien" before the question is asked again: what yes and no
    /// would mean, instead of "I do not understand".
    /// </summary>
    public string? Unsure { get; init; }

    /// <summary>
    /// A confirm's interruptions that ask for what the question offers ("ja ik wil wel met iemand praten" at "Wil je dit
    /// bespreken met iemand van Moviera?"): at this question they are its yes, not a new dialog.
    /// </summary>
    public IReadOnlyList<string> YesWhenAsked { get; init; } = [];

    /// <summary>
    /// A text question's string id of answers offered as buttons before "Overslaan" ("Zo snel als het kan"); a button
    /// sends its words, which are stored as if typed.
    /// </summary>
    public string? Suggest { get; init; }

    /// <summary>
    /// A checklist's action, run when a message at a later question adds to it after it was answered: what depends on
    /// the list (the urgency) is looked at again.
    /// </summary>
    public string? WhenAddedLater { get; init; }

    /// <summary>
    /// This question's action, run when a message here adds to lists answered before it (after what was understood and
    /// their own <see cref="WhenAddedLater"/>): what shows those answers is shown again (the request's summary).
    /// </summary>
    public string? WhenEarlierAdded { get; init; }

    /// <summary>
    /// A <c>text</c> question's registered finder (<see cref="Runtime.IDialogTextFinder"/>): the answer kept is what it finds
    /// in the message ("bel me op 06 …" keeps the number), and with <c>fill_early</c> any message on the way may give it.
    /// </summary>
    public string? Finds { get; init; }

    /// <summary>Whether any message may already answer this question, and what happens to it then.</summary>
    public FillEarly FillEarly { get; init; }

    /// <summary>A string id with {0}: how to say the options understood from a sentence.</summary>
    public string? Understood { get; init; }

    /// <summary>A string id with {0}: how to say options added to this answer later, next to what it already holds ("het gaat ook om {0}").</summary>
    public string? UnderstoodAdded { get; init; }

    /// <summary>False when an answer picked from a sentence is not repeated in a line of its own (the next message names it anyway).</summary>
    public bool SayUnderstood { get; init; } = true;

    /// <summary>True when items typed in words are ticked and the checklist is asked again for more (<c>typed_stays_open</c>).</summary>
    public bool TypedStaysOpen { get; init; }

    /// <summary>
    /// True when a sentence at this open checklist that also names another person type ("ze hebben twee kleine kinderen")
    /// adds it to the earlier answer of whom it is about (<c>adds_who_else_is_there</c>).
    /// </summary>
    public bool AddsWhoElseIsThere { get; init; }

    /// <summary>True when an answer here never adds to or changes earlier answers (<c>keeps_earlier_answers</c>: the feedback question).</summary>
    public bool KeepsEarlierAnswers { get; init; }
}

public enum FillEarly
{
    /// <summary>Only an answer to this question, when it is asked, fills it.</summary>
    No,

    /// <summary>Any message may answer it; once answered, the question is skipped.</summary>
    Skip,

    /// <summary>Any message may answer it; the question is still asked and its answer is added.</summary>
    Add,

    /// <summary>Never asked: a fact a message on the way may tell, kept without saying it, for a later branch to test.</summary>
    Only,
}

/// <summary>A fixed option: its id is what is stored; its label and other spellings are string ids.</summary>
public sealed record OptionDefinition(string Id, string Label, string? Also, string? Next)
{
    /// <summary>A string id: how to say that this option was understood from a sentence.</summary>
    public string? Understood { get; init; }

    /// <summary>A string id: phrases that, written word for word anywhere in a message, mean this option is not meant there.</summary>
    public string? Unless { get; init; }

    /// <summary>A string id: phrases that say this item of a checklist is not so ("geen kinderen").</summary>
    public string? DeniedBy { get; init; }

    /// <summary>The id kept in the checklist's value when a message says this item is not so ("children_not_present").</summary>
    public string? Denied { get; init; }

    /// <summary>Named in one sentence together with other options, this one is taken.</summary>
    public bool Prefer { get; init; }

    /// <summary>Ids of options that, named in the same sentence, are meant instead of this one.</summary>
    public IReadOnlyList<string> YieldsTo { get; init; } = [];

    /// <summary>
    /// False: never taken from a message for a question not asked yet (a story told up front); only an answer at the
    /// question itself chooses it, while its other options may still be taken early.
    /// </summary>
    public bool Early { get; init; } = true;

    /// <summary>False: typed only, never shown as a button, and a number typed alone never means it ("stap 3" at a yes/no question).</summary>
    public bool Button { get; init; } = true;

    /// <summary>The option is offered only when every named value holds one of the listed ids (or is not known yet).</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> When { get; init; } = new Dictionary<string, IReadOnlyList<string>>();
}

/// <summary>Go to <see cref="Goto"/> when every named value holds one of the listed ids; no conditions means always.</summary>
public sealed record BranchCase(IReadOnlyDictionary<string, IReadOnlyList<string>> When, string Goto);

public enum InterruptionKind
{
    /// <summary>Runs a dialog, then asks the interrupted question again.</summary>
    Begin,

    /// <summary>Says something, then asks the interrupted question again.</summary>
    Say,

    /// <summary>Forgets everything collected and starts from the beginning.</summary>
    Restart,

    /// <summary>Leaves the current dialogs and continues with another one.</summary>
    ReplaceAll,

    SwitchLanguage,
}

public sealed record InterruptionDefinition(string Id, string Phrases, InterruptionKind Kind)
{
    /// <summary>Inside a longer message, the interruption wins even when the message also answers the question.</summary>
    public bool WinsOverAnswers { get; init; }

    /// <summary>Small talk ("hallo", "ok", "bedankt"): counts only when the message answers nothing, even when it is only the phrase.</summary>
    public bool SmallTalk { get; init; }

    /// <summary>Said also when the message answers the question, once per conversation (a child who gives their age inside a story).</summary>
    public bool AlongsideAnswers { get; init; }

    /// <summary>
    /// True when the phrase tells a fact ("ik ben 15", "hij is 16"), no question: at a checklist that stays open for typed
    /// signs it is answered in its own line, then "Is er nog meer?" instead of the whole card (<c>tells_a_fact</c>).
    /// </summary>
    public bool TellsAFact { get; init; }

    /// <summary>
    /// Text finders (<c>finds</c>: phone_number, email_address) of which one must find something in the message for its phrase
    /// to count: "my new number is 06 12345678" gives a new number, "he found my new number" does not.
    /// </summary>
    public IReadOnlyList<string> Finds { get; init; } = [];

    /// <summary>Not said when a named value already holds one of the listed ids (someone who uses violence is not told "het is niet jouw schuld").</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> NotWhen { get; init; } = new Dictionary<string, IReadOnlyList<string>>();

    /// <summary>Only when each named value holds one of the listed ids ("ik wil dat het stopt" is learning to stop only from someone who uses violence).</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> OnlyWhen { get; init; } = new Dictionary<string, IReadOnlyList<string>>();

    public string? Dialog { get; init; }

    public string? Locale { get; init; }

    public IReadOnlyList<string> Say { get; init; } = [];
}
