using TakeABreak.Dialogs.Runtime;
using TakeABreak.Signalering.Assessment;

namespace TakeABreak.Bot.Conversation.Actions;

/// <summary>
/// Signs told after the urgency was given ("hij heeft me vorige week gewurgd" at the offer to talk to Moviera): the
/// urgency is found again, and only when it is now higher it is stored and said, after a line that says why it changed.
/// Never lowered: what was said stays said.
/// </summary>
public sealed class ReassessUrgencyAction(UrgencyJudgement judgement) : IDialogAction
{
    public const string ActionName = "reassess_urgency";

    /// <summary>"Wat je nu vertelt, maakt het ernstiger." before the new urgency.</summary>
    public const string RaisedText = "urgency_raised";

    public string Name => ActionName;

    public Task RunAsync(DialogActionContext context, CancellationToken cancellationToken)
    {
        if (context.Values.GetSingle(ConversationValues.Urgency) is not { } given || !UrgencyLevelIds.TryParse(given, out var before))
        {
            return Task.CompletedTask;
        }

        var result = judgement.Judge(context.Values);
        if (result.Level <= before)
        {
            return Task.CompletedTask;
        }

        context.Values.Set(ConversationValues.Urgency, result.Level.ToId());
        context.Say(context.Content.Strings.Text(RaisedText, context.Locale) + "\n" + judgement.Describe(result, context.Locale));
        return Task.CompletedTask;
    }
}
