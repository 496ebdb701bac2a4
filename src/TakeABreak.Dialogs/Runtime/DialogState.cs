using System.Text.Json.Serialization;

namespace TakeABreak.Dialogs.Runtime;

/// <summary>
/// Where a conversation is: small on purpose (ids and collected values, never rendered text), with the content version
/// it was built against so that a content change can be noticed.
/// </summary>
public sealed class DialogState
{
    public string ContentVersion { get; set; } = string.Empty;

    public string? Locale { get; set; }

    /// <summary>True once the user chose a language; the channel's locale no longer decides then.</summary>
    public bool LocaleChosen { get; set; }

    /// <summary>The language the channel sent last ("nl", "en"); when it changes (a language switch in the widget), so does <see cref="Locale"/>.</summary>
    public string? ChannelLocale { get; set; }

    public List<DialogFrame> Stack { get; set; } = [];

    public Dictionary<string, List<string>> Values { get; set; } = new(StringComparer.Ordinal);

    /// <summary>
    /// The values an action set last (a proposal such as the Teams account to be reached at): a question marked
    /// <c>fill_early: skip</c> is still asked for them, as it is skipped only for what the user told.
    /// </summary>
    public List<string> SetByActions { get; set; } = [];

    /// <summary>The values the last message filled from a sentence (a guess), so the next one can correct them with "nee, …".</summary>
    public List<string> Guessed { get; set; } = [];

    /// <summary>The dialog whose questions <see cref="Guessed"/> belong to.</summary>
    public string? GuessedDialog { get; set; }

    /// <summary>
    /// The values a message filled while another part of the bot answered it in the dialogs' place (a guard): what was
    /// understood from them is said when the conversation goes on.
    /// </summary>
    public List<string> UnsaidUnderstood { get; set; } = [];

    public DialogFrame? Top => Stack.Count > 0 ? Stack[^1] : null;
}

/// <summary>One running dialog: which step it is on and whether it waits for an answer.</summary>
public sealed class DialogFrame
{
    public string Dialog { get; set; } = string.Empty;

    public string Step { get; set; } = string.Empty;

    /// <summary>True while the step's question waits for an answer.</summary>
    public bool Waiting { get; set; }

    /// <summary>Answers not understood in a row at this step.</summary>
    public int Attempts { get; set; }

    /// <summary>For a question set: which question is being asked.</summary>
    public int Index { get; set; }

    /// <summary>The options of a "which one did you mean?" question, while it waits; empty otherwise.</summary>
    public List<string> Which { get; set; } = [];

    /// <summary>True while the question waits again after an information answer: a plain "ok" then acknowledges that answer.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public bool AfterInformation { get; set; }

    /// <summary>Goes to <paramref name="step"/> as a fresh step: not waiting, no attempts, no question of a set, no "which one?".</summary>
    public void MoveTo(string step)
    {
        Step = step;
        Waiting = false;
        Attempts = 0;
        Index = 0;
        Which.Clear();
        AfterInformation = false;
    }
}
