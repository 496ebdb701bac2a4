using TakeABreak.Dialogs.Content;

namespace TakeABreak.Dialogs.Runtime;

/// <summary>
/// A named step that does work outside the dialog (this is how the host's domain is called). Register it with
/// <c>AddDialogAction</c>; what it needs it gets in its constructor, as a singleton or, when it depends on the turn
/// (the turn's user, what the turn did), as a scoped service that lives for one turn.
/// </summary>
public interface IDialogAction
{
    string Name { get; }

    Task RunAsync(DialogActionContext context, CancellationToken cancellationToken);
}

/// <summary>Gives the options of a choice or checklist at run time, e.g. from a catalogue kept elsewhere in dialogs/.</summary>
public interface IDialogOptionSource
{
    string Name { get; }

    IReadOnlyList<DialogOption> GetOptions(DialogValues values, string locale);
}

/// <summary>Gives a set of single-choice questions asked one after another, e.g. follow-up questions that depend on earlier answers.</summary>
public interface IDialogQuestionSource
{
    string Name { get; }

    IReadOnlyList<DialogQuestion> GetQuestions(DialogValues values, string locale);
}

/// <summary>
/// Finds a value of one kind in a message, such as a phone number or an e-mail address inside "ja, bel me op 06 …".
/// A <c>text</c> question that names it (<c>finds</c>) keeps what it finds instead of the whole message, and with
/// <c>fill_early: skip</c> takes it from any message on the way to it. Register it with <c>AddDialogTextFinder</c>.
/// </summary>
public interface IDialogTextFinder
{
    string Name { get; }

    /// <summary>The value as it stands in the message, or null when the message holds none.</summary>
    string? Find(string text, string locale, DialogContent content);
}

/// <param name="Also">Other texts that mean this option (synonyms, the other language).</param>
public sealed record DialogOption(string Id, string Label, IReadOnlyList<string>? Also = null)
{
    /// <summary>How to say this option was understood from a sentence; default: the label.</summary>
    public string? Understood { get; init; }

    /// <summary>Named in one sentence together with other options, this one is taken.</summary>
    public bool Preferred { get; init; }

    /// <summary>False: chosen only by an answer at its own question, never taken from a message for a question ahead.</summary>
    public bool Early { get; init; } = true;

    /// <summary>False: typed only, never shown as a button, and a number typed alone never means it.</summary>
    public bool Button { get; init; } = true;

    /// <summary>The label and synonyms per locale ("nl", "en"), so a sentence is compared by the stems of its own language only.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>>? PhrasesByLocale { get; init; }

    /// <summary>Per locale, phrases that, written word for word anywhere in a message, mean this option is not meant there.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>>? UnlessByLocale { get; init; }

    /// <summary>Per locale, phrases that say this option is not so; they cancel only the words of the option they hold.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>>? DeniedByLocale { get; init; }

    /// <summary>Per locale, phrases of which one must be in the message too for this option to count there.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>>? OnlyWithByLocale { get; init; }

    /// <summary>Options that, named in the same sentence, are meant instead of this one.</summary>
    public IReadOnlyList<string> YieldsTo { get; init; } = [];
}

public sealed record DialogQuestion(string Id, string Prompt, IReadOnlyList<DialogOption> Options);

/// <summary>What an action can see and do: the collected values, the locale, the content's texts, and say things.</summary>
public sealed class DialogActionContext(DialogValues values, string locale, DialogContent content)
{
    private readonly List<string> _messages = [];

    public DialogValues Values { get; } = values;

    public string Locale { get; } = locale;

    /// <summary>The content the dialogs run, for the texts an action says.</summary>
    public DialogContent Content { get; } = content;

    public IReadOnlyList<string> Messages => _messages;

    public void Say(string text)
    {
        if (!string.IsNullOrWhiteSpace(text))
        {
            _messages.Add(text);
        }
    }
}
