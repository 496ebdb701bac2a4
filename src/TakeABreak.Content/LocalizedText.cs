namespace TakeABreak.Signalering.Content;

/// <summary>A sentence in Dutch (the default) and English.</summary>
public sealed record LocalizedText(string Nl, string En)
{
    /// <summary>The text for a language code: "nl" or "en".</summary>
    public string In(string language) => language.ToLowerInvariant() switch
    {
        "nl" => Nl,
        "en" => En,
        _ => throw new ArgumentException($"Unknown language '{language}': use \"nl\" or \"en\".", nameof(language)),
    };
}
