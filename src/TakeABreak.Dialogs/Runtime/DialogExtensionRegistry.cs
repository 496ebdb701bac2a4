using TakeABreak.Dialogs.Content;

namespace TakeABreak.Dialogs.Runtime;

/// <summary>The names of the actions the host registered, and its option sources and question sources by name.</summary>
public sealed class DialogExtensionRegistry
{
    private readonly Dictionary<string, IDialogOptionSource> _optionSources;
    private readonly Dictionary<string, IDialogQuestionSource> _questionSources;
    private readonly Dictionary<string, IDialogTextFinder> _textFinders;

    public DialogExtensionRegistry(IEnumerable<DialogActionName> actions, IEnumerable<IDialogOptionSource> optionSources, IEnumerable<IDialogQuestionSource> questionSources, IEnumerable<IDialogTextFinder>? textFinders = null)
    {
        var actionNames = ByName(actions, a => a.Name, "action");
        _optionSources = ByName(optionSources, s => s.Name, "option source");
        _questionSources = ByName(questionSources, s => s.Name, "question source");
        _textFinders = ByName(textFinders ?? [], f => f.Name, "text finder");
        Names = new RegisteredExtensions(actionNames.Keys.ToHashSet(), _optionSources.Keys.ToHashSet(), _questionSources.Keys.ToHashSet()) { TextFinders = _textFinders.Keys.ToHashSet() };
    }

    public RegisteredExtensions Names { get; }

    public IDialogOptionSource OptionSource(string name) => _optionSources[name];

    public IDialogQuestionSource QuestionSource(string name) => _questionSources[name];

    public IDialogTextFinder TextFinder(string name) => _textFinders[name];

    private static Dictionary<string, T> ByName<T>(IEnumerable<T> items, Func<T, string> name, string kind)
    {
        var result = new Dictionary<string, T>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            if (!result.TryAdd(name(item), item))
            {
                throw new InvalidOperationException($"Two {kind}s are registered with the name '{name(item)}'.");
            }
        }

        return result;
    }
}
