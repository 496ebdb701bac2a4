namespace TakeABreak.Dialogs.Content;

/// <summary>Checks the content as a whole: ids that are referenced exist, and every dialog and step can be reached.</summary>
internal sealed class ContentReferenceChecker(
    DialogContent content,
    IReadOnlyList<LoadedDialog> dialogs,
    ConversationSettings settings,
    RegisteredExtensions extensions,
    List<ContentError> errors)
{
    public void Check()
    {
        CheckSettings();
        foreach (var dialog in dialogs)
        {
            foreach (var step in dialog.Definition.Steps)
            {
                CheckStep(dialog, step);
            }

            CheckReachableSteps(dialog);
        }

        CheckReachableDialogs();
    }

    private void CheckSettings()
    {
        var file = settings.Document.File;
        var line = settings.Document.LineOf;
        if (!content.Dialogs.ContainsKey(settings.StartDialog))
        {
            errors.Add(new ContentError(file, line("/start"), $"The start dialog '{settings.StartDialog}' does not exist."));
        }

        foreach (var missing in EngineStrings.All.Where(id => !content.Strings.Contains(id)))
        {
            errors.Add(new ContentError(file, 1, $"The engine needs string '{missing}'; add it to a file in strings/."));
        }

        foreach (var located in settings.LocatedInterruptions)
        {
            var interruption = located.Value;
            RequireString(file, located.Line, interruption.Phrases, $"interruption '{interruption.Id}'");
            foreach (var say in interruption.Say)
            {
                RequireString(file, located.Line, say, $"interruption '{interruption.Id}'");
            }

            if (interruption.Dialog is { } dialog && !content.Dialogs.ContainsKey(dialog))
            {
                errors.Add(new ContentError(file, located.Line, $"Interruption '{interruption.Id}' refers to dialog '{dialog}', which does not exist."));
            }

            if (interruption.Locale is { } locale && !content.Locales.Contains(locale))
            {
                errors.Add(new ContentError(file, located.Line, $"Interruption '{interruption.Id}' switches to '{locale}', which is not one of the locales ({string.Join(", ", content.Locales)})."));
            }
        }
    }

    private void CheckStep(LoadedDialog dialog, DialogStep step)
    {
        var file = dialog.Document.File;
        var where = $"step '{step.Id}' of dialog '{dialog.Definition.Id}'";
        foreach (var say in step.Say)
        {
            RequireString(file, step.Line, say, where);
        }

        RequireStep(dialog, step, step.Next, "next");
        switch (step.Kind)
        {
            case StepKind.Prompt:
                CheckPrompt(dialog, step, step.Prompt!, where);
                break;
            case StepKind.Action when !extensions.Actions.Contains(step.Action!):
                errors.Add(new ContentError(file, step.Line, $"In {where}: action '{step.Action}' is not registered. Known actions: {Known(extensions.Actions)}."));
                break;
            case StepKind.Branch:
                foreach (var branchCase in step.Branch)
                {
                    RequireStep(dialog, step, branchCase.Goto, "goto");
                }

                break;
            case StepKind.Call or StepKind.Replace when !content.Dialogs.ContainsKey(step.Dialog!):
                errors.Add(new ContentError(file, step.Line, $"In {where}: dialog '{step.Dialog}' does not exist."));
                break;
        }
    }

    private void CheckPrompt(LoadedDialog dialog, DialogStep step, PromptDefinition prompt, string where)
    {
        var file = dialog.Document.File;
        if (prompt.Kind != PromptKind.Questions)
        {
            if (prompt.Text is null)
            {
                errors.Add(new ContentError(file, step.Line, $"In {where}: the question needs a 'prompt' (a string id)."));
            }
            else
            {
                RequireString(file, step.Line, prompt.Text, where);
            }
        }

        if (prompt.Kind is PromptKind.Choice or PromptKind.Multi)
        {
            if ((prompt.Options.Count == 0) == (prompt.Source is null))
            {
                errors.Add(new ContentError(file, step.Line, $"In {where}: give either 'options' or 'options_from', not both and not neither."));
            }

            if (prompt.Source is { } source && !extensions.OptionSources.Contains(source))
            {
                errors.Add(new ContentError(file, step.Line, $"In {where}: option source '{source}' is not registered. Known option sources: {Known(extensions.OptionSources)}."));
            }
        }

        if (prompt.Kind == PromptKind.Questions && !extensions.QuestionSources.Contains(prompt.Source!))
        {
            errors.Add(new ContentError(file, step.Line, $"In {where}: question source '{prompt.Source}' is not registered. Known question sources: {Known(extensions.QuestionSources)}."));
        }

        foreach (var duplicate in prompt.Options.GroupBy(option => option.Id).Where(group => group.Count() > 1))
        {
            errors.Add(new ContentError(file, step.Line, $"In {where}: option '{duplicate.Key}' appears twice."));
        }

        foreach (var option in prompt.Options)
        {
            RequireString(file, step.Line, option.Label, where);
            foreach (var text in new[] { option.Also, option.Understood }.OfType<string>())
            {
                RequireString(file, step.Line, text, where);
            }

            RequireStep(dialog, step, option.Next, $"next of option '{option.Id}'");
        }

        if (prompt.Understood is { } understood)
        {
            RequireString(file, step.Line, understood, where);
        }

        if (prompt.FillEarly != FillEarly.No && prompt.Kind is not (PromptKind.Choice or PromptKind.Multi))
        {
            errors.Add(new ContentError(file, step.Line, $"In {where}: 'fill_early' works only for 'choice' and 'multi' questions."));
        }

        RequireStep(dialog, step, prompt.YesNext, "yes");
        RequireStep(dialog, step, prompt.NoNext, "no");
    }

    private void RequireString(string file, int line, string id, string where)
    {
        if (!content.Strings.Contains(id))
        {
            errors.Add(new ContentError(file, line, $"In {where}: string '{id}' does not exist in strings/."));
        }
    }

    private void RequireStep(LoadedDialog dialog, DialogStep step, string? target, string field)
    {
        if (target is not null && dialog.Definition.Step(target) is null)
        {
            errors.Add(new ContentError(dialog.Document.File, step.Line, $"In step '{step.Id}' of dialog '{dialog.Definition.Id}': {field} '{target}' is not a step of this dialog."));
        }
    }

    private void CheckReachableSteps(LoadedDialog dialog)
    {
        var steps = dialog.Definition.Steps;
        if (steps.Count == 0)
        {
            errors.Add(new ContentError(dialog.Document.File, dialog.Line, $"Dialog '{dialog.Definition.Id}' has no steps."));
            return;
        }

        var reached = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<int>([0]);
        while (pending.TryPop(out var index))
        {
            var step = steps[index];
            if (!reached.Add(step.Id))
            {
                continue;
            }

            foreach (var target in Successors(dialog.Definition, index))
            {
                var targetIndex = dialog.Definition.IndexOf(target);
                if (targetIndex >= 0)
                {
                    pending.Push(targetIndex);
                }
            }
        }

        foreach (var step in steps.Where(step => !reached.Contains(step.Id)))
        {
            errors.Add(new ContentError(dialog.Document.File, step.Line, $"Step '{step.Id}' of dialog '{dialog.Definition.Id}' can never be reached: no step leads to it."));
        }
    }

    private static IEnumerable<string> Successors(DialogDefinition dialog, int index)
    {
        var step = dialog.Steps[index];
        var following = index + 1 < dialog.Steps.Count ? dialog.Steps[index + 1].Id : null;
        var fallThrough = step.Next ?? following;
        switch (step.Kind)
        {
            case StepKind.End or StepKind.Replace:
                yield break;
            case StepKind.Branch:
                foreach (var branchCase in step.Branch)
                {
                    yield return branchCase.Goto;
                }

                if (step.Branch.All(branchCase => branchCase.When.Count > 0) && fallThrough is not null)
                {
                    yield return fallThrough;
                }

                yield break;
            case StepKind.Prompt:
                var prompt = step.Prompt!;
                foreach (var target in prompt.Options.Select(o => o.Next).Append(prompt.YesNext).Append(prompt.NoNext).OfType<string>())
                {
                    yield return target;
                }

                var everyAnswerRouted = (prompt.Options.Count > 0 && prompt.Options.All(o => o.Next is not null))
                    || (prompt.Kind == PromptKind.Confirm && prompt.YesNext is not null && prompt.NoNext is not null);
                if (!everyAnswerRouted && fallThrough is not null)
                {
                    yield return fallThrough;
                }

                yield break;
            default:
                if (fallThrough is not null)
                {
                    yield return fallThrough;
                }

                yield break;
        }
    }

    private void CheckReachableDialogs()
    {
        var reached = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>(settings.LocatedInterruptions.Select(i => i.Value.Dialog).OfType<string>()
            .Append(settings.StartDialog));
        while (pending.TryPop(out var id))
        {
            if (!reached.Add(id) || !content.Dialogs.TryGetValue(id, out var dialog))
            {
                continue;
            }

            foreach (var target in dialog.Steps.Select(step => step.Dialog).OfType<string>())
            {
                pending.Push(target);
            }
        }

        foreach (var dialog in dialogs.Where(d => !reached.Contains(d.Definition.Id)))
        {
            errors.Add(new ContentError(dialog.Document.File, dialog.Line, $"Dialog '{dialog.Definition.Id}' can never be reached: no step, interruption or setting starts it."));
        }
    }

    private static string Known(IReadOnlySet<string> names) => names.Count == 0 ? "(none)" : string.Join(", ", names.Order(StringComparer.Ordinal));
}
