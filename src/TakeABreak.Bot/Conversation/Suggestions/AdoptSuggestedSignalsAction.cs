using TakeABreak.Dialogs.Content;
using TakeABreak.Dialogs.Runtime;
using TakeABreak.Signalering.Assessment;

namespace TakeABreak.Bot.Conversation.Suggestions;

/// <summary>
/// After the offer of suggested signals: a "yes" adds them to the signals, as if ticked on the checklist; "no" or no offer
/// adds nothing. Either way the suggestions are forgotten, so they are offered once.
/// </summary>
public sealed class AdoptSuggestedSignalsAction(AssessmentContent assessment, Lazy<DialogContent> content) : IDialogAction
{
    public const string ActionName = "adopt_suggested_signals";

    public string Name => ActionName;

    public Task RunAsync(DialogActionContext context, CancellationToken cancellationToken)
    {
        var values = context.Values;
        if (values.Get(ConversationValues.SuggestedSignalsAnswer).Contains(SuggestedSignalsQuestion.Yes))
        {
            var adopted = PendingSuggestedSignals.Of(assessment, values).Select(signal => signal.Id).ToList();
            if (adopted.Count > 0)
            {
                values.Add(ConversationValues.Signals, adopted);
                context.Say(content.Value.Strings.Text("suggested_signals_taken", context.Locale));
            }
        }

        values.Remove(ConversationValues.SuggestedSignals);
        values.Remove(ConversationValues.SuggestedSignalsAnswer);
        return Task.CompletedTask;
    }
}
