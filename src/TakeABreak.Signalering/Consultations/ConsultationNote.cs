namespace TakeABreak.Signalering.Consultations;

/// <summary>A staff note on a request. Free text: erased with the contact details after retention.</summary>
public sealed record ConsultationNote(DateTimeOffset At, string Author, string Text);
