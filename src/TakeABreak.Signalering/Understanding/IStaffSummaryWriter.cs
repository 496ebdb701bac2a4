using TakeABreak.Signalering.Consultations;

namespace TakeABreak.Signalering.Understanding;

/// <summary>
/// Writes the summary Moviera staff read with a consultation request. The template from content is always the
/// fallback; a language model may add a short neutral summary of what the person said, never facts they did not give.
/// </summary>
public interface IStaffSummaryWriter
{
    Task<string> WriteAsync(ConsultationRequest request, string templateSummary, CancellationToken cancellationToken);
}

/// <summary>The default: the template summary as it is.</summary>
public sealed class TemplateStaffSummaryWriter : IStaffSummaryWriter
{
    public Task<string> WriteAsync(ConsultationRequest request, string templateSummary, CancellationToken cancellationToken) =>
        Task.FromResult(templateSummary);
}
