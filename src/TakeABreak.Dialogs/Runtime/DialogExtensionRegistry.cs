using TakeABreak.Dialogs.Content;

namespace TakeABreak.Dialogs.Runtime;

/// <summary>The names of the actions the host registered, and its option sources and question sources by name.</summary>
public sealed class DialogExtensionRegistry
{
    private readonly Dictionary<string, IDialogOptionSource> _optionSources;
    private readonly Dictionary<string, IDialogQuestionSource> _questionSources;

    public DialogExtensionRegistry(IEnumerable<DialogActionName> actions, IEnumerable<IDialogOptionSource> optionSources, IEnumerable<IDialogQuestionSource> questionSources)
    {
        var actionNames = ByName(actions, a => a.Name, "action");
        _optionSources = ByName(optionSources, s => s.Name, "option source");
        _questionSources = ByName(questionSources, s => s.Name, "question source");
        Names = new RegisteredExtensions(actionNames.Keys.ToHashSet(), _optionSources.Keys.ToHashSet(), _questionSources.Keys.ToHashSet());
    }

    public RegisteredExtensions Names { get; }

    public IDialogOptionSource OptionSource(string name) => _optionSources[name];

    public IDialogQuestionSource QuestionSource(string name) => _questionSources[name];

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
