using System.Text.RegularExpressions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using TakeABreak.Storage.Protection;

namespace TakeABreak.Storage;

/// <summary>Checks the "Storage" configuration section at start, with messages that say what to change.</summary>
public sealed partial class StorageOptionsValidator(IHostEnvironment? environment = null) : IValidateOptions<StorageOptions>
{
    public ValidateOptionsResult Validate(string? name, StorageOptions options)
    {
        var failures = new List<string>();

        if (!Enum.IsDefined(options.Provider))
        {
            failures.Add($"Storage:Provider '{options.Provider}' is unknown; use 'Sqlite' or 'Blob'.");
        }

        if (options.StateTimeToLive <= TimeSpan.Zero)
        {
            failures.Add("Storage:StateTimeToLive must be positive, e.g. '1.00:00:00' for 24 hours.");
        }

        if (options.ExpirySweepInterval <= TimeSpan.Zero)
        {
            failures.Add("Storage:ExpirySweepInterval must be positive, e.g. '00:15:00'.");
        }

        if (string.IsNullOrEmpty(options.ProtectionKey) && environment?.IsDevelopment() != true)
        {
            failures.Add("Storage:ProtectionKey is missing: set base64 of 32 random bytes (e.g. 'openssl rand -base64 32') in user-secrets, App Service settings or Key Vault.");
        }
        else if (!string.IsNullOrEmpty(options.ProtectionKey) && !ProtectionKeyFormat.TryDecode(options.ProtectionKey, out _))
        {
            failures.Add("Storage:ProtectionKey must be base64 of exactly 32 random bytes (256 bits), e.g. from 'openssl rand -base64 32'.");
        }

        if (options.Provider == StorageProvider.Sqlite)
        {
            if (string.IsNullOrWhiteSpace(options.Sqlite.DataFolder))
            {
                failures.Add("Storage:Sqlite:DataFolder must not be empty; the default is 'App_Data' under the content root.");
            }

            if (string.IsNullOrWhiteSpace(options.Sqlite.FileName) || options.Sqlite.FileName.IndexOfAny(Path.GetInvalidFileNameChars()) >= 0)
            {
                failures.Add("Storage:Sqlite:FileName must be a plain file name such as 'takeabreak.db'.");
            }
        }

        if (options.Provider == StorageProvider.Blob)
        {
            ValidateBlob(options.Blob, failures);
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void ValidateBlob(BlobStorageOptions blob, List<string> failures)
    {
        var hasConnectionString = !string.IsNullOrWhiteSpace(blob.ConnectionString);
        var hasAccountUrl = !string.IsNullOrWhiteSpace(blob.AccountUrl);
        if (hasConnectionString == hasAccountUrl)
        {
            failures.Add("Storage:Blob needs exactly one of ConnectionString (e.g. Azurite) or AccountUrl (managed identity).");
        }

        if (hasAccountUrl && (!Uri.TryCreate(blob.AccountUrl, UriKind.Absolute, out var url) || (url.Scheme != Uri.UriSchemeHttps && !url.IsLoopback)))
        {
            failures.Add($"Storage:Blob:AccountUrl '{blob.AccountUrl}' must be an absolute https URL such as https://myaccount.blob.core.windows.net.");
        }

        if (blob.ContainerPrefix is null || blob.ContainerPrefix.Length > 20 || !ContainerPrefixPattern().IsMatch(blob.ContainerPrefix))
        {
            failures.Add($"Storage:Blob:ContainerPrefix '{blob.ContainerPrefix}' must be 1 to 20 characters of lowercase letters, digits and single hyphens.");
        }

        if (blob.MaxRetries is < 0 or > 10)
        {
            failures.Add("Storage:Blob:MaxRetries must be between 0 and 10.");
        }

        if (blob.NetworkTimeout <= TimeSpan.Zero)
        {
            failures.Add("Storage:Blob:NetworkTimeout must be positive, e.g. '00:00:10'.");
        }
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex ContainerPrefixPattern();
}
