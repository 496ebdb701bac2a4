namespace TakeABreak.Linguistics.Stemming;

/// <summary>The languages the bot understands; each has its own Snowball stemmer.</summary>
public enum TextLanguage
{
    Dutch,
    English,
}
