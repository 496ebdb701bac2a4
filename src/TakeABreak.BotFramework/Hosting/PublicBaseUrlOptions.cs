using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace TakeABreak.BotFramework.Hosting;

/// <summary>
/// Where the public reaches this host (root key <c>PublicBaseUrl</c>, e.g. https://chat.moviera.nl). Every absolute
/// address the host hands out (Direct Line domain and stream URL, the CSP, the widget's own origin) is built from it,
/// never from the request's Host header. Required outside Development; in Development the server's own listening
/// address is used when it is not set.
/// </summary>
public sealed class PublicBaseUrlOptions
{
    public const string Key = "PublicBaseUrl";

    public string? PublicBaseUrl { get; set; }
}

internal sealed class PublicBaseUrlOptionsValidator(IHostEnvironment environment) : IValidateOptions<PublicBaseUrlOptions>
{
    public ValidateOptionsResult Validate(string? name, PublicBaseUrlOptions options)
    {
        if (string.IsNullOrWhiteSpace(options.PublicBaseUrl))
        {
            return environment.IsDevelopment()
                ? ValidateOptionsResult.Success
                : ValidateOptionsResult.Fail($"{PublicBaseUrlOptions.Key} is required outside Development: the https address the public uses for this host, e.g. https://chat.example.nl.");
        }

        return PublicBaseUrl.TryParse(options.PublicBaseUrl, out _)
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail($"{PublicBaseUrlOptions.Key} must be an absolute http(s) address without query or fragment, e.g. https://chat.example.nl.");
    }
}
