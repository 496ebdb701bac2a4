namespace TakeABreak.Dialogs.Recognition;

/// <summary>
/// What a typed answer to a single-choice question means: one option (<see cref="Id"/>), or several that the text
/// mentions equally (<see cref="Candidates"/>: ask which one), or nothing.
/// </summary>
/// <param name="FromSentence">True when the option was picked from inside a sentence or from a synonym: say what was understood.</param>
public sealed record ChoiceRecognition(string? Id, bool FromSentence, IReadOnlyList<string> Candidates)
{
    public static ChoiceRecognition Nothing { get; } = new(null, false, []);

    public bool IsAmbiguous => Id is null && Candidates.Count > 1;

    public static ChoiceRecognition Direct(string id) => new(id, false, [id]);

    public static ChoiceRecognition Sentence(string id) => new(id, true, [id]);

    public static ChoiceRecognition Which(IReadOnlyList<string> candidates) =>
        candidates.Count == 1 ? Sentence(candidates[0]) : new(null, true, candidates);
}

/// <summary>The words for a plain yes and a plain no, in every language (from content), and those for "I don't know".</summary>
public sealed record YesNoWords(IReadOnlyList<string> Yes, IReadOnlyList<string> No)
{
    public IReadOnlyList<string> DontKnow
    {
        get => _dontKnow;
        init
        {
            _dontKnow = value;
            _normalizedDontKnow = null;
        }
    }

    /// <summary>Of <see cref="DontKnow"/>, the words that say it only as the whole message ("misschien"), not inside a sentence.</summary>
    public IReadOnlyList<string> DontKnowOnlyAlone
    {
        get => _dontKnowOnlyAlone;
        init
        {
            _dontKnowOnlyAlone = value;
            _normalizedDontKnowOnlyAlone = null;
        }
    }

    /// <summary><see cref="DontKnow"/> as the recognizer compares it (normalized, empty ones left out), worked out once.</summary>
    internal IReadOnlyList<string> NormalizedDontKnow => _normalizedDontKnow ??=
        [.. DontKnow.Select(phrase => AnalyzedText.Phrase(phrase).Normalized).Where(phrase => phrase.Length > 0)];

    /// <summary><see cref="DontKnowOnlyAlone"/> normalized, worked out once.</summary>
    internal IReadOnlySet<string> NormalizedDontKnowOnlyAlone => _normalizedDontKnowOnlyAlone ??=
        DontKnowOnlyAlone.Select(phrase => AnalyzedText.Phrase(phrase).Normalized).ToHashSet(StringComparer.Ordinal);

    // A copy made with `with` gets new words through the init accessors above, which forget the normalized forms.
    private IReadOnlyList<string> _dontKnow = [];
    private IReadOnlyList<string> _dontKnowOnlyAlone = [];
    private IReadOnlyList<string>? _normalizedDontKnow;
    private IReadOnlySet<string>? _normalizedDontKnowOnlyAlone;

    public static YesNoWords None { get; } = new([], []);
}
