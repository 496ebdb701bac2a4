using TakeABreak.Dialogs.Content;
using TakeABreak.Dialogs.Runtime;

namespace TakeABreak.Bot.Consultations;

/// <summary>The consultation sentences from dialogs/strings/consultation.yaml, in the conversation's language.</summary>
internal sealed class ConsultationWording(DialogContent content, string locale)
{
    public const string ReferencePlaceholder = "{reference}";

    public string Locale { get; } = locale;

    public string Version => content.Version;

    public static ConsultationWording For(DialogActionContext context) =>
        new(context.Content, context.Locale);

    public string Text(string id) => content.Strings.Text(id, Locale);

    public string WithReference(string id, string reference) => Text(id).Replace(ReferencePlaceholder, reference, StringComparison.Ordinal);

    public string? Optional(string id) => content.Strings.Contains(id) ? Text(id) : null;
}
