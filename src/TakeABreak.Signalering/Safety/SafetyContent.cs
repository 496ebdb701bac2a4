namespace TakeABreak.Signalering.Safety;

/// <summary>The loaded safety content: the detector and what the bot says on acute danger.</summary>
public sealed class SafetyContent
{
    internal SafetyContent(DangerDetector detector, SafetyMessages messages)
    {
        Detector = detector;
        Messages = messages;
    }

    public DangerDetector Detector { get; }

    public SafetyMessages Messages { get; }
}
