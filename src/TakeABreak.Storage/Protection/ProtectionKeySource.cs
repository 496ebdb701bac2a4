using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace TakeABreak.Storage.Protection;

/// <summary>
/// Finds the <see cref="StorageProtectionKey"/>: Storage:ProtectionKey from configuration (Key Vault in Azure), or in
/// Development a generated key kept next to the data so a developer can start without secrets.
/// </summary>
internal static class ProtectionKeySource
{
    public const string DevelopmentKeyFileName = "protection-key.development.txt";

    public static StorageProtectionKey Find(StorageOptions options, IHostEnvironment? environment, ILogger logger)
    {
        if (!string.IsNullOrWhiteSpace(options.ProtectionKey))
        {
            return StorageProtectionKey.FromBase64(options.ProtectionKey);
        }

        if (environment is null || !environment.IsDevelopment())
        {
            throw new InvalidOperationException(
                "Storage:ProtectionKey is missing. Set it to base64 of 32 random bytes (e.g. 'openssl rand -base64 32') in user-secrets, App Service settings or Key Vault.");
        }

        var path = Path.Combine(StorageFolders.DataFolder(options, environment), DevelopmentKeyFileName);
        if (!File.Exists(path))
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, StorageProtectionKey.GenerateBase64());
        }

        logger.LogWarning(
            "Storage:ProtectionKey is not set; using a development key kept in {Path}. Never use this outside Development.", path);
        return StorageProtectionKey.FromBase64(File.ReadAllText(path));
    }
}
