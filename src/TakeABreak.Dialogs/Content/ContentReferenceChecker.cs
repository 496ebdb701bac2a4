using TakeABreak.Dialogs.Recognition;

namespace TakeABreak.Dialogs.Content;

/// <summary>Checks the content as a whole: ids that are referenced exist, and every dialog and step can be reached.</summary>
internal sealed class ContentReferenceChecker(
    DialogContent content,
    IReadOnlyList<LoadedDialog> dialogs,
    ConversationSettings settings,
    RegisteredExtensions extensions,
    ICollection<ContentError> errors)
{
    private const string StringsFolder = DialogContentLoader.StringsFolder + "/";

    public void Check()
    {
        CheckSettings();
        foreach (var dialog in dialogs)
        {
            for (var i = 0; i < dialog.Definition.Steps.Count; i++)
            {
                CheckStep(new StepPlace(dialog, i));
            }

            CheckReachableSteps(dialog);
        }

        CheckReachableDialogs();
    }

    private void CheckSettings()
    {
        var document = settings.Document;
        if (!content.Dialogs.ContainsKey(settings.StartDialog))
        {
            errors.Add(new ContentError(document.File, document.LineOf("/start"), $"the start dialog '{settings.StartDialog}' does not exist"));
        }

        foreach (var missing in EngineStrings.All.Where(id => !content.Strings.Contains(id)))
        {
            errors.Add(new ContentError(StringsFolder, 0, $"the engine needs string '{missing}'; add it to a file in strings/"));
        }

        CheckChatSpellings();

        foreach (var located in settings.LocatedInterruptions)
        {
            var interruption = located.Value;
            var within = $"interruption '{interruption.Id}'";
            RequireString(document.File, located.Line, within, interruption.Phrases, "phrases");
            foreach (var say in interruption.Say)
            {
                RequireString(document.File, located.Line, within, say, "say");
            }

            if (interruption.Dialog is { } dialog && !content.Dialogs.ContainsKey(dialog))
            {
                errors.Add(new ContentError(document.File, located.Line, $"it starts dialog '{dialog}', which does not exist") { Within = within });
            }

            if (interruption.Locale is { } locale && !content.Locales.Contains(locale))
            {
                errors.Add(new ContentError(document.File, located.Line, $"it switches to '{locale}', which is not one of the locales ({string.Join(", ", content.Locales)})") { Within = within });
            }

            foreach (var finder in interruption.Finds.Where(finder => !extensions.TextFinders.Contains(finder)))
            {
                errors.Add(new ContentError(document.File, located.Line, $"text finder '{finder}' is not registered; known text finders: {Known(extensions.TextFinders)}") { Within = within });
            }
        }
    }

    private void CheckChatSpellings()
    {
        if (!content.Strings.Contains(ChatSpellings.StringId))
        {
            return;
        }

        foreach (var locale in content.Locales)
        {
            foreach (var problem in content.Strings.Phrases(ChatSpellings.StringId, locale).Select(ChatSpellings.Problem).OfType<string>())
            {
                errors.Add(new ContentError(StringsFolder, 0, problem) { Within = $"string '{ChatSpellings.StringId}' ({locale})" });
            }
        }
    }

    private void CheckStep(StepPlace place)
    {
        var step = place.Step;
        for (var i = 0; i < step.Say.Count; i++)
        {
            RequireString(place, YamlDocument.Child("/say", i), step.Say[i], "say");
        }

        RequireStep(place, "/next", step.Next, "'next'");
        switch (step.Kind)
        {
            case StepKind.Prompt:
                CheckPrompt(place, step.Prompt!);
                break;
            case StepKind.Action when !extensions.Actions.Contains(step.Action!):
                Add(place, "/action", $"action '{step.Action}' is not registered; known actions: {Known(extensions.Actions)}");
                break;
            case StepKind.Branch:
                for (var i = 0; i < step.Branch.Count; i++)
                {
                    RequireStep(place, YamlDocument.Child("/branch", i) + "/goto", step.Branch[i].Goto, "a branch");
                }

                break;
            case StepKind.Call or StepKind.Replace when !content.Dialogs.ContainsKey(step.Dialog!):
                Add(place, step.Kind == StepKind.Call ? "/call" : "/replace", $"it {(step.Kind == StepKind.Call ? "calls" : "continues with")} dialog '{step.Dialog}', which does not exist");
                break;
        }
    }

    private void CheckPrompt(StepPlace place, PromptDefinition prompt)
    {
        var key = "/" + prompt.Kind.ToString().ToLowerInvariant();
        if (prompt.Kind != PromptKind.Questions)
        {
            if (prompt.Text is null)
            {
                Add(place, key, "the question needs a 'prompt' (a string id)");
            }
            else
            {
                RequireString(place, key + "/prompt", prompt.Text, "the prompt");
            }
        }

        if (prompt.Kind is PromptKind.Choice or PromptKind.Multi)
        {
            if ((prompt.Options.Count == 0) == (prompt.Source is null))
            {
                Add(place, key, "give either 'options' or 'options_from', not both and not neither");
            }

            if (prompt.Source is { } source && !extensions.OptionSources.Contains(source))
            {
                Add(place, key + "/options_from", $"option source '{source}' is not registered; known option sources: {Known(extensions.OptionSources)}");
            }
        }

        if (prompt.Kind == PromptKind.Questions && !extensions.QuestionSources.Contains(prompt.Source!))
        {
            Add(place, key + "/from", $"question source '{prompt.Source}' is not registered; known question sources: {Known(extensions.QuestionSources)}");
        }

        var optionIds = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < prompt.Options.Count; i++)
        {
            var option = prompt.Options[i];
            var pointer = YamlDocument.Child(key + "/options", i);
            if (!optionIds.TryAdd(option.Id, place.LineOf(pointer)))
            {
                Add(place, pointer + "/id", $"option '{option.Id}' appears twice (first at line {optionIds[option.Id]})");
            }

            RequireString(place, pointer + "/label", option.Label, $"the label of option '{option.Id}'");
            if (option.Also is { } also)
            {
                RequireString(place, pointer + "/also", also, $"'also' of option '{option.Id}'");
            }

            if (option.Unless is { } unless)
            {
                RequireString(place, pointer + "/unless", unless, $"'unless' of option '{option.Id}'");
            }

            if (option.DeniedBy is { } deniedBy)
            {
                RequireString(place, pointer + "/denied_by", deniedBy, $"'denied_by' of option '{option.Id}'");
            }

            if (option.Understood is { } understood)
            {
                RequireString(place, pointer + "/understood", understood, $"'understood' of option '{option.Id}'");
            }

            RequireStep(place, pointer + "/next", option.Next, $"option '{option.Id}'");
        }

        if (prompt.Understood is { } understoodText)
        {
            RequireString(place, key + "/understood", understoodText, "'understood'");
        }

        if (prompt.UnderstoodAdded is { } addedText)
        {
            RequireString(place, key + "/understood_added", addedText, "'understood_added'");
        }

        if (prompt.WhenAddedLater is { } action && !extensions.Actions.Contains(action))
        {
            Add(place, key + "/when_added_later", $"action '{action}' is not registered; known actions: {Known(extensions.Actions)}");
        }

        if (prompt.WhenEarlierAdded is { } shown && !extensions.Actions.Contains(shown))
        {
            Add(place, key + "/when_earlier_added", $"action '{shown}' is not registered; known actions: {Known(extensions.Actions)}");
        }

        if (prompt.Unsure is { } unsure)
        {
            RequireString(place, key + "/unsure", unsure, "'unsure'");
        }

        foreach (var asked in prompt.YesWhenAsked.Where(asked => !settings.LocatedInterruptions.Any(located => located.Value.Id == asked)))
        {
            Add(place, key + "/yes_when_asked", $"interruption '{asked}' does not exist in conversation.yaml");
        }

        if (prompt.Suggest is { } suggest)
        {
            RequireString(place, key + "/suggest", suggest, "'suggest'");
        }

        if (prompt.Finds is { } finder && !extensions.TextFinders.Contains(finder))
        {
            Add(place, key + "/finds", $"text finder '{finder}' is not registered; known text finders: {Known(extensions.TextFinders)}");
        }

        if (prompt.FillEarly != FillEarly.No && prompt.Kind is not (PromptKind.Choice or PromptKind.Multi) && !(prompt.Kind == PromptKind.Text && prompt.Finds is not null && prompt.FillEarly == FillEarly.Skip))
        {
            Add(place, key + "/fill_early", "'fill_early' works only for 'choice' and 'multi' questions, and as 'skip' for a 'text' question that 'finds'");
        }

        RequireStep(place, key + "/yes", prompt.YesNext, "'yes'");
        RequireStep(place, key + "/no", prompt.NoNext, "'no'");
    }

    private void RequireString(StepPlace place, string pointer, string id, string usedAs)
    {
        if (!content.Strings.Contains(id))
        {
            Add(place, pointer, StringMissing(id, usedAs));
        }
    }

    private void RequireString(string file, int line, string within, string id, string usedAs)
    {
        if (!content.Strings.Contains(id))
        {
            errors.Add(new ContentError(file, line, StringMissing(id, usedAs)) { Within = within });
        }
    }

    private static string StringMissing(string id, string usedAs) => $"{usedAs} uses string '{id}', which does not exist in strings/";

    private void RequireStep(StepPlace place, string pointer, string? target, string what)
    {
        if (target is not null && place.Dialog.Definition.Step(target) is null)
        {
            Add(place, pointer, $"{what} points to step '{target}', which does not exist in dialog '{place.Dialog.Definition.Id}'");
        }
    }

    private void Add(StepPlace place, string pointer, string message) =>
        errors.Add(new ContentError(place.Dialog.Document.File, place.LineOf(pointer), message) { Within = place.Within });

    private void CheckReachableSteps(LoadedDialog dialog)
    {
        var steps = dialog.Definition.Steps;
        if (steps.Count == 0)
        {
            errors.Add(new ContentError(dialog.Document.File, dialog.Line, "the dialog has no steps") { Within = $"dialog '{dialog.Definition.Id}'" });
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
            errors.Add(new ContentError(dialog.Document.File, step.Line, "this step can never be reached: no step leads to it") { Within = $"dialog '{dialog.Definition.Id}', step '{step.Id}'" });
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
            errors.Add(new ContentError(dialog.Document.File, dialog.Line, "this dialog can never be reached: no step, interruption or setting starts it") { Within = $"dialog '{dialog.Definition.Id}'" });
        }
    }

    private static string Known(IReadOnlySet<string> names) => names.Count == 0 ? "(none)" : string.Join(", ", names.Order(StringComparer.Ordinal));

    /// <summary>One step of a loaded dialog: where its parts stand in the file, and how errors name it.</summary>
    private sealed record StepPlace(LoadedDialog Dialog, int Index)
    {
        public DialogStep Step => Dialog.Definition.Steps[Index];

        public string Within => $"dialog '{Dialog.Definition.Id}', step '{Step.Id}'";

        /// <summary>The line of a part of the step ("/choice/options/2/next"), or of the step itself.</summary>
        public int LineOf(string pointer) => Dialog.Document.LineOf(Dialog.StepPointers[Index] + pointer);
    }
}
