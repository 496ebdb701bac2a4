using Microsoft.Extensions.Options;
using TakeABreak.BotFramework.DirectLine;

namespace TakeABreak.Bot.Widget;

/// <summary>
/// The widget needs a Direct Line: this host's own (DirectLine:Enabled) or Azure's (Widget:DirectLineDomain with its
/// secret). With neither the host refuses to start instead of serving a chat page that can never connect.
/// </summary>
internal sealed class UsableDirectLineValidator(IOptions<DirectLineOptions> directLine) : IValidateOptions<WidgetOptions>
{
    public ValidateOptionsResult Validate(string? name, WidgetOptions options) =>
        directLine.Value.Enabled || !string.IsNullOrEmpty(options.DirectLineDomain)
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail(
                "No Direct Line is usable: DirectLine:Enabled is false and Widget:DirectLineDomain is not set. "
                + "Turn the local Direct Line on, or give Widget:DirectLineDomain and Widget:DirectLineSecret (Azure's Direct Line).");
}
