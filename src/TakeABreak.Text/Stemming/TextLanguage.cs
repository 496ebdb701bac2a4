namespace TakeABreak.Text.Stemming;

/// <summary>The languages the bot understands; each has its own Snowball stemmer.</summary>
public enum TextLanguage
{
    Dutch,
    English,
}
