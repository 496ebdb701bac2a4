using TakeABreak.Dialogs.Content;
using TakeABreak.Dialogs.Recognition;

namespace TakeABreak.Dialogs.Runtime;

/// <summary>One input's run of the machine: the state it changes, the replies it collects, and what it understood.</summary>
internal sealed class Turn(DialogContent content, DialogState state, DialogTurnActions actions, CancellationToken cancellationToken)
{
    /// <summary>At most this many messages in one turn; more plain messages are joined.</summary>
    private const int MaxMessagesPerTurn = 3;

    private readonly List<(string Name, string Text)> _understood = [];

    // What earlier turns told, as this turn found it: "Je vertelde al" names only those.
    private readonly Dictionary<string, List<string>> _toldBefore = state.Values.ToDictionary(pair => pair.Key, pair => pair.Value.ToList(), StringComparer.Ordinal);

    public DialogState State { get; } = state;

    public DialogValues Values { get; } = new(state.Values, state.SetByActions);

    public DialogTurnActions Actions { get; } = actions;

    public CancellationToken CancellationToken { get; } = cancellationToken;

    public List<DialogReply> Replies { get; } = [];

    /// <summary>True once a question was skipped because a message already answered it: what was understood is said before what follows.</summary>
    public bool SkippedAnswered { get; set; }

    /// <summary>True once this turn said what it understood ("Ik begrijp: …"): a checklist then does not name it again.</summary>
    public bool UnderstoodSaid { get; private set; }

    /// <summary>True while something understood waits to be said.</summary>
    public bool UnderstoodWaiting => _understood.Count > 0;

    /// <summary>True while going back over steps already passed (after a correction): what they say is not said again.</summary>
    public bool Replaying { get; set; }

    public string Locale => State.Locale ?? content.DefaultLocale;

    public TakeABreak.Linguistics.Stemming.TextLanguage Language => AnalyzedText.LanguageOf(Locale);

    public string Text(string id) => content.Strings.Text(id, Locale);

    public void Say(string id) => Replies.Add(new DialogReply(Text(id)));

    /// <summary>The items of a value as earlier turns left them (not what this turn added).</summary>
    public IReadOnlyList<string> ToldBefore(string name) => _toldBefore.TryGetValue(name, out var list) ? list : [];

    /// <summary>Runs a registered action with this turn's values and says what it says.</summary>
    public async Task RunActionAsync(string name)
    {
        var context = new DialogActionContext(Values.ForAnAction(), Locale, content);
        await Actions.Get(name).RunAsync(context, CancellationToken);
        foreach (var message in context.Messages)
        {
            Replies.Add(new DialogReply(message));
        }
    }

    /// <summary>Remembers what was taken from a sentence: said in one line before the next question, and open to "nee, …".</summary>
    public void Understood(string text, string valueName, string dialog)
    {
        if (!string.IsNullOrWhiteSpace(text))
        {
            _understood.Add((valueName, text));
        }

        State.Guessed.Add(valueName);
        State.GuessedDialog = dialog;
    }

    /// <summary>True while what was understood for this value waits to be said.</summary>
    public bool UnderstoodWaitsFor(string valueName) => _understood.Any(piece => piece.Name == valueName);

    /// <summary>
    /// What was understood for a value and not said yet, said as it now holds: a step that sets the value ("ik ben 16, het is
    /// mijn vader" after "Bel nu 112": the role of a relative gives way to the young person's own) changes the line too.
    /// Nothing to say (<paramref name="text"/> empty) leaves the value out of the line.
    /// </summary>
    public void ReviseUnderstood(string valueName, string text)
    {
        var at = _understood.FindIndex(piece => piece.Name == valueName);
        if (at < 0)
        {
            return;
        }

        _understood.RemoveAll(piece => piece.Name == valueName);
        if (!string.IsNullOrWhiteSpace(text))
        {
            _understood.Insert(Math.Min(at, _understood.Count), (valueName, text));
        }
    }

    /// <summary>Forgets what was understood and not said yet (the conversation starts over).</summary>
    public void ForgetUnderstood() => _understood.Clear();

    /// <summary>Says what was understood, before a question this turn already asked ("which one did you mean?").</summary>
    public void SayUnderstood()
    {
        if (_understood.Count > 0)
        {
            UnderstoodSaid = true;
            var question = Replies.FindIndex(reply => reply.ExpectsAnswer);
            Replies.Insert(question < 0 ? Replies.Count : question, TakeUnderstoodLine());
        }
    }

    public IReadOnlyList<DialogReply> Finish()
    {
        if (_understood.Count > 0)
        {
            Replies.Insert(0, TakeUnderstoodLine());
        }

        JoinToAtMost(MaxMessagesPerTurn);
        return Replies;
    }

    /// <summary>"Ik begrijp: …; …. Klopt dat niet? …" for what was understood and not said yet; it is then said.</summary>
    private DialogReply TakeUnderstoodLine()
    {
        var line = new DialogReply(string.Format(System.Globalization.CultureInfo.InvariantCulture, Text(EngineStrings.Understood), string.Join("; ", _understood.Select(piece => piece.Text))));
        _understood.Clear();
        return line;
    }

    /// <summary>No wall of text: plain messages next to each other are joined (the first one stays on its own) until the turn has at most this many.</summary>
    private void JoinToAtMost(int count)
    {
        for (var i = 1; Replies.Count > count && i < Replies.Count - 1;)
        {
            if (Plain(Replies[i]) && Plain(Replies[i + 1]))
            {
                Replies[i] = new DialogReply(Replies[i].Text + "\n\n" + Replies[i + 1].Text);
                Replies.RemoveAt(i + 1);
            }
            else
            {
                i++;
            }
        }
    }

    private static bool Plain(DialogReply reply) => reply.Choices.Count == 0 && reply.Checklist is null && !reply.ExpectsAnswer;
}
