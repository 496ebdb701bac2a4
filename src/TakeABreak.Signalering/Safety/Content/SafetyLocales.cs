using TakeABreak.Linguistics.Stemming;

namespace TakeABreak.Signalering.Safety.Content;

internal static class SafetyLocales
{
    /// <summary>Dutch first, English second; terms of all locales are matched in every message.</summary>
    public static readonly string[] All = ["nl", "en"];

    public static TextLanguage LanguageOf(string locale) => locale == "en" ? TextLanguage.English : TextLanguage.Dutch;

    public static string LocaleOf(TextLanguage language) => language == TextLanguage.English ? "en" : "nl";
}
