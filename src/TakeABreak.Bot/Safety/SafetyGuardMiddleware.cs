using TakeABreak.Bot.Conversation;
using TakeABreak.Bot.Input;
using TakeABreak.BotFramework.Schema;
using TakeABreak.BotFramework.Teams;
using TakeABreak.BotFramework.Turns;
using IMiddleware = TakeABreak.BotFramework.Turns.IMiddleware;
using TakeABreak.Dialogs.Content;
using TakeABreak.Dialogs.Turns;
using TakeABreak.Signalering.Safety;
using TakeABreak.Signalering.Safety.SecondReading;

namespace TakeABreak.Bot.Safety;

/// <summary>
/// Sees every message before any dialog does, and answers every serious disclosure in the same turn:
/// danger now (acute) — call 112 first, the <c>takeabreak.safetyAlert</c> event for the widget's banner, then the offer to
/// go on or start again, what it found remembered (so the urgency for follow-up is at least urgent), and the dialog does
/// not run: it only keeps what the message told for its questions ahead, and goes
/// on with it (saying what it understood) when the user goes on; a serious disclosure (urgent) — an acknowledgement with Veilig Thuis
/// (or 113 for thoughts of suicide), remembered so the urgency for follow-up is raised, and then the conversation goes on
/// where it was: the dialogs take any answer the message holds, and otherwise ask their question again without a
/// "not understood".
/// A button of the waiting question (its label, or the option ids of a submitted card) is not read as something the user wrote,
/// and typed text that answers the question with its own options ("andere bedreigingen") is an answer, not a new disclosure
/// (it is still read for danger now); nor is a message that only gives a phone number or an e-mail address
/// (<see cref="ContactDetailsOnly"/>).
/// It reads the whole accepted message (<see cref="AcceptedMessage"/>), also when the dialogs read only its beginning, with the
/// detector's rules and their second reading (<see cref="SafetyContent.Assess"/>).
/// The answer is in the language of the message when the detector can tell, otherwise in the conversation's.
/// </summary>
public sealed class SafetyGuardMiddleware(
    SafetyContent safety,
    DialogEngine dialogs,
    WaitingPromptReader prompts,
    SafetyTelemetry telemetry,
    Lazy<DialogContent> content) : IMiddleware
{
    public const string AlertEventName = SafetyReplies.AlertEventName;

    private readonly SafetyReplies _replies = new(safety.Messages);

    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        var input = activity.IsType(ActivityTypes.Message) ? UserInput.Of(activity, AcceptedMessage.TextOf(turnContext)) : null;
        if (input is null || input.IsEmpty)
        {
            await next(cancellationToken);
            return;
        }

        if (_replies.IsButton(input.Text, SafetyMessages.AcuteContinue))
        {
            await dialogs.GoOnAsync(turnContext, cancellationToken);
            return;
        }

        if (_replies.IsButton(input.Text, SafetyMessages.AcuteRestart))
        {
            await dialogs.RestartAsync(turnContext, cancellationToken);
            return;
        }

        var afterDisclosure = await DisclosureToldBeforeAsync(turnContext, cancellationToken);
        var verdict = safety.Assess(input.All(), afterDisclosure);
        WaitingPrompt? prompt = null;
        if (verdict.Level != SafetyLevel.None)
        {
            prompt = await prompts.ReadAsync(turnContext, cancellationToken);
            var written = input.WrittenFor(prompt);
            if (written.Length != input.All().Length)
            {
                verdict = safety.Assess(written, afterDisclosure);
            }

            if (verdict.Level == SafetyLevel.Urgent && prompt is { TakesFreeText: false } && prompt.IsAnswer(input.Text))
            {
                verdict = SafetyVerdict.None;
            }

            // "my new number is 06 12345678": how to be reached, no disclosure (the guard reads "new number" as stalking).
            if (verdict.Level == SafetyLevel.Urgent && ContactDetailsOnly.Holds(written, content.Value))
            {
                verdict = SafetyVerdict.None;
            }
        }

        telemetry.Count(verdict.Level);
        switch (verdict.Level)
        {
            case SafetyLevel.Acute:
                if (DangerToRemember(verdict) is { Count: > 0 } disclosed)
                {
                    await dialogs.RememberAsync(turnContext, ConversationValues.SafetyFlags, disclosed, cancellationToken);
                }

                await turnContext.SendActivitiesAsync(_replies.Acute(verdict, await LocaleAsync(turnContext, verdict, input.Text, cancellationToken), withBannerEvent: !TeamsConversation.IsTeams(turnContext.Activity)), cancellationToken);
                await dialogs.KeepWhatIsToldAsync(turnContext, cancellationToken);
                return;
            case SafetyLevel.Urgent:
                var answeredBefore = await DisclosureAnsweredBeforeAsync(turnContext, cancellationToken);
                await dialogs.RememberAsync(turnContext, ConversationValues.SafetyFlags, verdict.ReasonIds, cancellationToken);
                DialogEngine.MarkAcknowledged(turnContext);
                var locale = await LocaleAsync(turnContext, verdict, input.Text, cancellationToken);
                var goingOn = _replies.GoingOn(locale, conversationStarts: prompt is null);
                await AcknowledgeWithTheDialogAsync(
                    turnContext, () => AcknowledgementAsync(turnContext, verdict, locale, answeredBefore, cancellationToken), goingOn, afterWelcome: prompt is null,
                    LanguageLine(locale), next, cancellationToken);
                return;
        }

        await next(cancellationToken);
    }

    /// <summary>
    /// The acknowledgement of a serious disclosure, chosen once the dialogs have read the message: what it told says whom the
    /// answer is for ("een leerling zei dat papa mama pijn deed": a child's own words passed on; "ik ben 15 en …": a young writer).
    /// </summary>
    private async Task<Activity> AcknowledgementAsync(ITurnContext turnContext, SafetyVerdict verdict, string locale, bool answeredBefore, CancellationToken cancellationToken) =>
        _replies.Urgent(
            verdict,
            locale,
            await SafetyAudience.IsProfessionalAsync(turnContext, dialogs, cancellationToken),
            answeredBefore,
            await SafetyAudience.IsYoungPersonAsync(turnContext, dialogs, cancellationToken),
            await SafetyAudience.PassesOnAChildsOwnWordsAsync(turnContext, dialogs, cancellationToken),
            await SafetyAudience.SaidTheyAreYoungAsync(turnContext, dialogs, cancellationToken));

    /// <summary>
    /// Sends the acknowledgement with the dialog's replies of this turn, composed by <see cref="AcknowledgedTurn"/>, or alone
    /// when the dialog sends nothing. A conversation that waits on no question is starting, and its welcome comes first.
    /// </summary>
    private static async Task AcknowledgeWithTheDialogAsync(
        ITurnContext turnContext,
        Func<Task<Activity>> acknowledgement,
        string goingOn,
        bool afterWelcome,
        string? languageLine,
        NextDelegate next,
        CancellationToken cancellationToken)
    {
        var sent = false;
        turnContext.OnSendActivities(async (context, activities, send) =>
        {
            if (sent || !activities.Any(activity => activity.IsType(ActivityTypes.Message)))
            {
                return await send();
            }

            sent = true;
            return await context.SendActivitiesAsync(AcknowledgedTurn.Compose(await acknowledgement(), activities, afterWelcome, goingOn, languageLine), cancellationToken);
        });
        await next(cancellationToken);
        if (!sent)
        {
            sent = true;
            await turnContext.SendActivityAsync(await acknowledgement(), cancellationToken);
        }
    }

    /// <summary>
    /// What an acute verdict found, remembered as an urgent answer's reasons are, so the urgency for follow-up is at least
    /// urgent after danger now (before, "he has a knife" ended the conversation with "Concern"): the rules' reasons, and
    /// for a message the second reading raised the serious disclosure the rules found in it, if any (the second reading's
    /// own guess is no reason).
    /// </summary>
    private static IReadOnlyList<string> DangerToRemember(SafetyVerdict verdict) =>
        [.. verdict.ReasonIds.Where(id => id != SecondReader.ReasonId)];

    /// <summary>
    /// Something serious was told before in this conversation: a disclosure the guard answered, or signs of what happens the
    /// user chose; then a short reply that says it is happening now is danger now.
    /// </summary>
    private async Task<bool> DisclosureToldBeforeAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var values = (await dialogs.StateAsync(turnContext, cancellationToken)).Values;
        return (values.TryGetValue(ConversationValues.SafetyFlags, out var flags) && flags.Count > 0)
            || (values.TryGetValue(ConversationValues.Signals, out var signals) && signals.Count > 0);
    }

    /// <summary>A serious disclosure was answered before in this conversation: its flags are remembered (also one the second reading raised to acute).</summary>
    private async Task<bool> DisclosureAnsweredBeforeAsync(ITurnContext turnContext, CancellationToken cancellationToken) =>
        (await dialogs.StateAsync(turnContext, cancellationToken)).Values.TryGetValue(ConversationValues.SafetyFlags, out var flags) && flags.Count > 0;

    /// <summary>The dialog's line that it now speaks the user's language, in the acknowledgement's language; null when content has none.</summary>
    private string? LanguageLine(string locale) =>
        content.Value.Strings.Contains(EngineStrings.LanguageNoticed) ? content.Value.Strings.Text(EngineStrings.LanguageNoticed, locale) : null;

    /// <summary>The language of the verdict when the detector could tell it, else the one the dialogs would answer the text in.</summary>
    private async Task<string> LocaleAsync(ITurnContext turnContext, SafetyVerdict verdict, string text, CancellationToken cancellationToken) =>
        verdict.Locale ?? await dialogs.LocaleForAsync(turnContext, text, cancellationToken);
}
