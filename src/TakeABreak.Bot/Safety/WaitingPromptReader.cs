using TakeABreak.BotFramework.Turns;
using TakeABreak.Dialogs.Runtime;
using TakeABreak.Dialogs.Turns;

namespace TakeABreak.Bot.Safety;

/// <summary>Reads the question a conversation waits on from the turn's dialog state, without changing or saving anything.</summary>
public sealed class WaitingPromptReader(DialogMachine machine, DialogEngine dialogs)
{
    /// <summary>The waiting question, or null when the conversation waits on none (not started, or between dialogs).</summary>
    public async Task<WaitingPrompt?> ReadAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var state = await dialogs.StateAsync(turnContext, cancellationToken);
        if (state is not { Top: { Waiting: true } frame }
            || state.ContentVersion != machine.Content.Version
            || !machine.Content.Dialogs.TryGetValue(frame.Dialog, out var dialog)
            || dialog.Step(frame.Step)?.Prompt is not { } prompt)
        {
            return null;
        }

        var replies = machine.Reprompt(state);
        var options = replies
            .SelectMany(reply => reply.Choices.Concat(reply.Checklist?.Options ?? []))
            .ToList();
        var checklist = replies.Select(reply => reply.Checklist).FirstOrDefault(list => list is not null);
        var labels = options.Select(option => option.Title)
            .Concat(checklist is null ? [] : [checklist.SubmitTitle, checklist.NoneTitle])
            .ToList();
        return new WaitingPrompt(prompt.Kind, [.. options.Select(option => option.Id)], labels, checklist?.Key);
    }
}
