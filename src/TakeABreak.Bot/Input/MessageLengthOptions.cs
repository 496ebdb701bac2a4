using System.ComponentModel.DataAnnotations;

namespace TakeABreak.Bot.Input;

/// <summary>
/// How much of a message a turn reads (section "Bot:Input"): the safety guard reads all of an accepted message,
/// the dialogs (recognition of answers) only its beginning, so a long message costs a bounded amount of CPU.
/// </summary>
public sealed class MessageLengthOptions
{
    public const string SectionName = "Bot:Input";

    /// <summary>Characters of a message a turn accepts; the rest is not read and the user is told. Default 32,768.</summary>
    [Range(1_000, 262_144)]
    public int MaxMessageLength { get; set; } = 32_768;

    /// <summary>Characters from the start of a message the dialogs read for answers. Default 500.</summary>
    [Range(50, 262_144)]
    public int MaxRecognizedLength { get; set; } = 500;
}
