namespace TakeABreak.Signalering.Safety.Content;

internal static class SafetyLocales
{
    /// <summary>Dutch first, English second; terms of all locales are matched in every message.</summary>
    public static readonly string[] All = ["nl", "en"];
}
