namespace TakeABreak.Language.Model;

/// <summary>How a language model call ended. Everything but <see cref="Answered"/> falls back, silently for the person.</summary>
public enum ModelOutcome
{
    Answered,
    Timeout,
    RateLimited,
    ServerError,
    ContentFilter,
    MalformedAnswer,
    Failed,
}

public static class ModelOutcomeTags
{
    public static string ToTag(this ModelOutcome outcome) => outcome switch
    {
        ModelOutcome.Answered => "answered",
        ModelOutcome.Timeout => "timeout",
        ModelOutcome.RateLimited => "rate_limited",
        ModelOutcome.ServerError => "server_error",
        ModelOutcome.ContentFilter => "content_filter",
        ModelOutcome.MalformedAnswer => "malformed_answer",
        _ => "failed",
    };
}
