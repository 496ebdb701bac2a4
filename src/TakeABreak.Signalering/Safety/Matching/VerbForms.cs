namespace TakeABreak.Signalering.Safety.Matching;

/// <summary>
/// How the form of a dangerous word places it in time when no time word is near, per language:
/// "hitting" is going on now, "gewurgd", "wurgde" and "choked" are in the past, English "hits" is a habit; other forms
/// are the present. Only the first word of a match is read (and its last when it is one of the past words listed: "met de
/// dood bedreigd"), and only for concepts that ask for it.
/// </summary>
internal sealed record VerbForms(
    IReadOnlyList<string> ProgressiveSuffixes,
    IReadOnlyList<string> PastPrefixes,
    IReadOnlyList<string> PastSuffixes,
    HashSet<string> PastWords,
    IReadOnlyList<string> HabitualSuffixes,
    HashSet<string> NotVerbs,
    string? ProgressiveParticle,
    HashSet<string> PostureVerbs)
{
    /// <summary>Letters that must remain besides a prefix or suffix, so "ged" is not read as a participle.</summary>
    public const int MinimumRemainder = 3;

    public static readonly VerbForms None = new([], [], [], new HashSet<string>(StringComparer.Ordinal), [], new HashSet<string>(StringComparer.Ordinal),
        null, new HashSet<string>(StringComparer.Ordinal));

    /// <summary>The particle before an infinitive that a verb of posture makes a form of now ("te" in "staat ... te slaan").</summary>
    public bool IsProgressiveParticle(ReadOnlySpan<char> word) => ProgressiveParticle is { } particle && word.SequenceEqual(particle);

    public bool IsPostureVerb(ReadOnlySpan<char> word) => PostureVerbs.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);

    /// <summary>Whether the word is one of the past forms listed by name ("bedreigd", "choked"), not only past by its ending.</summary>
    public bool IsListedPast(ReadOnlySpan<char> word) => PastWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);

    public VerbForm Of(ReadOnlySpan<char> word)
    {
        if (NotVerbs.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word))
        {
            return VerbForm.Present;
        }

        if (IsListedPast(word))
        {
            return VerbForm.Past;
        }

        foreach (var suffix in ProgressiveSuffixes)
        {
            if (word.Length >= suffix.Length + MinimumRemainder && word.EndsWith(suffix, StringComparison.Ordinal))
            {
                return VerbForm.Progressive;
            }
        }

        foreach (var prefix in PastPrefixes)
        {
            if (word.Length >= prefix.Length + MinimumRemainder && word.StartsWith(prefix, StringComparison.Ordinal))
            {
                return VerbForm.Past;
            }
        }

        foreach (var suffix in PastSuffixes)
        {
            if (word.Length >= suffix.Length + MinimumRemainder && word.EndsWith(suffix, StringComparison.Ordinal))
            {
                return VerbForm.Past;
            }
        }

        foreach (var suffix in HabitualSuffixes)
        {
            if (word.Length >= suffix.Length + MinimumRemainder && word.EndsWith(suffix, StringComparison.Ordinal))
            {
                return VerbForm.Habitual;
            }
        }

        return VerbForm.Present;
    }
}

internal enum VerbForm
{
    Present,
    Progressive,
    Past,

    /// <summary>A form that tells what usually happens (English simple present "hits"), not this moment.</summary>
    Habitual,
}
