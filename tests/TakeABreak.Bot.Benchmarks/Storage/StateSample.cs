namespace TakeABreak.Bot.Benchmarks.Storage;

/// <summary>Conversation state of about 2 KB of JSON: a dialog stack and the answers given so far.</summary>
public sealed record StateSample(int Turn, string Locale, List<string> DialogStack, Dictionary<string, string> Answers)
{
    public static StateSample Typical(int turns = 10) => new(
        turns,
        "nl",
        ["signalering_intake", "signals_question", "consultation_offer"],
        Enumerable.Range(1, turns).ToDictionary(
            turn => $"answer_{turn:00}",
            turn => $"Antwoord {turn}: ik maak me zorgen om mijn buurvrouw, ik hoor vaak geschreeuw en gehuil 's avonds laat ({turn})."
                + new string('.', 80)));
}
