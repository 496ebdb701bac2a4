namespace TakeABreak.Dialogs.Content;

/// <summary>The names of the actions, option sources and question sources the host registered, so content can be checked against them.</summary>
public sealed record RegisteredExtensions(
    IReadOnlySet<string> Actions,
    IReadOnlySet<string> OptionSources,
    IReadOnlySet<string> QuestionSources)
{
    /// <summary>The finders a <c>text</c> question may name (<c>finds</c>).</summary>
    public IReadOnlySet<string> TextFinders { get; init; } = new HashSet<string>();

    public static RegisteredExtensions None { get; } = new(new HashSet<string>(), new HashSet<string>(), new HashSet<string>());
}
