namespace TakeABreak.Storage.Records;

/// <summary>The kinds kept in the <see cref="IDurableStore"/>.</summary>
public static class RecordKinds
{
    public const string Consultation = StorageKinds.Consultation;
    public const string Audit = StorageKinds.Audit;
    public const string Outbox = StorageKinds.Outbox;
    public const string Statistics = StorageKinds.Statistics;

    /// <summary>Reserves a reference so no two requests share one.</summary>
    public const string ConsultationReference = "consultation_reference";

    /// <summary>A request stored for a conversation whose confirmation may not have reached the person yet.</summary>
    public const string ConsultationReceipt = "consultation_receipt";
}
