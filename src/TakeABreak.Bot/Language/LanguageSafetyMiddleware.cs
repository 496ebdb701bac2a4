using TakeABreak.Bot.Conversation;
using TakeABreak.Bot.Safety;
using TakeABreak.BotFramework.Schema;
using TakeABreak.BotFramework.Teams;
using TakeABreak.BotFramework.Turns;
using TakeABreak.Dialogs.Turns;
using TakeABreak.Signalering.Safety;
using TakeABreak.Signalering.Understanding;
using IMiddleware = TakeABreak.BotFramework.Turns.IMiddleware;

namespace TakeABreak.Bot.Language;

/// <summary>
/// Only when the language model is on, right after the safety guard: a typed description of a few words is also read by
/// the model, which can only raise the guard's verdict. Danger now that the detector missed gets the same answer as
/// the guard's (112 first, the banner, go on or start again, and the story in the message kept for when the user goes on); a serious disclosure it missed is acknowledged and
/// remembered for follow-up. A model that reads less than the detector changes nothing: the guard has already
/// answered, and this step never takes anything back. The signal ids the model read are kept (ids only) so the
/// conversation can offer them for confirmation after the checklist; the user decides, never the model.
/// </summary>
public sealed class LanguageSafetyMiddleware(ISignalSuggester suggester, SafetyContent safety, DialogEngine dialogs) : IMiddleware
{
    public const string ReasonId = "language_model";
    private const int MinimumWords = 4;

    private readonly SafetyReplies _replies = new(safety.Messages);

    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        var text = activity.IsType(ActivityTypes.Message) ? activity.Text?.Trim() ?? string.Empty : string.Empty;
        if (text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length < MinimumWords)
        {
            await next(cancellationToken);
            return;
        }

        var locale = await dialogs.LocaleAsync(turnContext, cancellationToken);
        var detected = safety.Assess(text).Level;
        var suggested = await suggester.SuggestAsync(SuggestionRequest.Of(text, locale), cancellationToken);
        if (suggested.Source == SuggestionSource.LanguageModel && suggested.SignalIds.Count > 0)
        {
            await dialogs.RememberAsync(turnContext, ConversationValues.SuggestedSignals, suggested.SignalIds, cancellationToken);
        }

        if (suggested.Level <= detected)
        {
            await next(cancellationToken);
            return;
        }

        var verdict = new SafetyVerdict(suggested.Level, [ReasonId]);
        if (suggested.Level == SafetyLevel.Acute)
        {
            await turnContext.SendActivitiesAsync(_replies.Acute(verdict, locale, withBannerEvent: !TeamsConversation.IsTeams(activity)), cancellationToken);
            await dialogs.KeepWhatIsToldAsync(turnContext, cancellationToken);
            return;
        }

        await dialogs.RememberAsync(turnContext, ConversationValues.SafetyFlags, verdict.ReasonIds, cancellationToken);
        await turnContext.SendActivityAsync(_replies.Urgent(verdict, locale, await SafetyAudience.IsProfessionalAsync(turnContext, dialogs, cancellationToken)), cancellationToken);
        DialogEngine.MarkAcknowledged(turnContext);
        await next(cancellationToken);
    }
}
