using Microsoft.Extensions.AI;
using TakeABreak.Dialogs.Content;
using TakeABreak.Language.Model;
using TakeABreak.Signalering.Consultations;
using TakeABreak.Signalering.Understanding;

namespace TakeABreak.Language.Summary;

/// <summary>
/// A short neutral summary for Moviera staff, written by the language model from the structured answers and the
/// person's own words (redacted; contact details are never sent), placed above the template summary, which staff
/// always get. When the model fails, or its summary does not pass <see cref="SummaryCheck"/>, the template stands alone.
/// </summary>
public sealed class LanguageModelSummaryWriter(SummaryPrompt prompt, ModelCall model, DialogContent content) : IStaffSummaryWriter
{
    public const string Operation = "summary";
    public const string HeadingId = "language_summary_heading";

    public async Task<string> WriteAsync(ConsultationRequest request, string templateSummary, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var facts = prompt.Facts(request);
        var (outcome, text) = await model.CompleteAsync(Operation, prompt.Messages(facts), new ChatOptions { Temperature = 0, MaxOutputTokens = 300 }, cancellationToken);
        if (outcome != ModelOutcome.Answered)
        {
            return templateSummary;
        }

        if (SummaryCheck.Accept(text!, facts) is not { } summary)
        {
            model.Rejected(Operation, ModelOutcome.MalformedAnswer);
            return templateSummary;
        }

        return $"{content.Strings.Text(HeadingId, "nl")}\n{summary}\n\n{templateSummary}";
    }
}
