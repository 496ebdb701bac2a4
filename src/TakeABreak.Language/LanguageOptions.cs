namespace TakeABreak.Language;

/// <summary>
/// The optional language model (section "Language"): an Azure OpenAI endpoint and deployment. Off unless both are set.
/// Without <see cref="ApiKey"/> the bot signs in with DefaultAzureCredential (the App Service's managed identity).
/// </summary>
public sealed class LanguageOptions
{
    public const string SectionName = "Language";

    /// <summary>https://{resource}.openai.azure.com/ — or any OpenAI-compatible endpoint with the same paths.</summary>
    public string? Endpoint { get; set; }

    /// <summary>The model deployment's name in the Azure OpenAI resource.</summary>
    public string? Deployment { get; set; }

    /// <summary>A key for the resource; leave empty to use DefaultAzureCredential (managed identity).</summary>
    public string? ApiKey { get; set; }

    /// <summary>How long a turn waits for the model before the deterministic answer is used.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(3);

    public bool IsEnabled => !string.IsNullOrWhiteSpace(Endpoint) && !string.IsNullOrWhiteSpace(Deployment);

    public bool UsesManagedIdentity => string.IsNullOrWhiteSpace(ApiKey);

    /// <summary>What is wrong with the settings, for a clear start-up error; empty when they are usable or off.</summary>
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        var hasEndpoint = !string.IsNullOrWhiteSpace(Endpoint);
        var hasDeployment = !string.IsNullOrWhiteSpace(Deployment);
        if (hasEndpoint != hasDeployment)
        {
            problems.Add("Language: set both Endpoint and Deployment to use the language model, or neither to leave it off.");
        }

        if (hasEndpoint && (!Uri.TryCreate(Endpoint, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && !uri.IsLoopback)))
        {
            problems.Add($"Language:Endpoint must be an https URL (http only on this machine), not '{Endpoint}'.");
        }

        if (Timeout <= TimeSpan.Zero || Timeout > TimeSpan.FromSeconds(30))
        {
            problems.Add($"Language:Timeout must be between 0 and 30 seconds (e.g. 00:00:03), not {Timeout}.");
        }

        return problems;
    }
}
