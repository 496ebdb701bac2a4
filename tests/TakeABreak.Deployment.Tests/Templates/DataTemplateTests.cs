using TakeABreak.Deployment.Tests.Bicep;

namespace TakeABreak.Deployment.Tests.Templates;

/// <summary>Storage and Key Vault: where the bot's data and secrets live.</summary>
[Collection(CompiledMainTemplateCollection.Name)]
public sealed class DataTemplateTests(CompiledMainTemplate main)
{
    private const string StorageBlobDataContributor = "ba92f5b4-2d11-453d-a403-e96b0029c17b";
    private const string KeyVaultSecretsUser = "4633458b-17de-408a-b874-0445c86b69e6";

    [Fact]
    public void Blob_storage_allows_no_public_access_no_shared_keys_and_nothing_below_TLS_1_2()
    {
        var account = main.Deploy().Single("Microsoft.Storage/storageAccounts");

        Assert.Equal("false", account.Properties.Text("allowBlobPublicAccess"));
        Assert.Equal("false", account.Properties.Text("allowSharedKeyAccess"));
        Assert.Equal("TLS1_2", account.Properties.Text("minimumTlsVersion"));
        Assert.Equal("true", account.Properties.Text("supportsHttpsTrafficOnly"));
    }

    [Fact]
    public void Deleted_blobs_are_kept_only_for_the_short_soft_delete_period()
    {
        var blobService = main.Deploy(("blobSoftDeleteDays", 3L)).Single("Microsoft.Storage/storageAccounts/blobServices");

        Assert.Equal("3", blobService.Properties.Text("deleteRetentionPolicy.days"));
        Assert.Equal(7, main.Template["parameters"]!["blobSoftDeleteDays"]!["defaultValue"]!.GetValue<int>());
        Assert.Equal(30, main.Template["parameters"]!["blobSoftDeleteDays"]!["maxValue"]!.GetValue<int>());
    }

    [Theory]
    [InlineData("Microsoft.Storage/storageAccounts", StorageBlobDataContributor)]
    [InlineData("Microsoft.KeyVault/vaults", KeyVaultSecretsUser)]
    public void The_app_identity_gets_exactly_the_role_it_needs_on_the_resource(string scopeType, string roleId)
    {
        var resources = main.Deploy();
        var assignment = Assert.Single(
            resources.OfType("Microsoft.Authorization/roleAssignments"),
            role => role.Properties.Text("roleDefinitionId")!.Contains(roleId, StringComparison.Ordinal));

        Assert.Contains(scopeType, assignment.Body.Text("scope"), StringComparison.Ordinal);
        Assert.Equal("ServicePrincipal", assignment.Properties.Text("principalType"));
        Assert.Equal("[reference('appIdentity').principalId]", assignment.Properties.Text("principalId"));
    }

    [Fact]
    public void Key_vault_uses_RBAC_soft_delete_and_purge_protection()
    {
        var vault = main.Deploy().Single("Microsoft.KeyVault/vaults");

        Assert.Equal("true", vault.Properties.Text("enableRbacAuthorization"));
        Assert.Equal("true", vault.Properties.Text("enableSoftDelete"));
        Assert.Equal("true", vault.Properties.Text("enablePurgeProtection"));
    }

    [Fact]
    public void Key_vault_holds_the_protection_key_the_direct_line_secret_and_the_app_password_only_for_a_single_tenant_bot()
    {
        var managedIdentity = main.Deploy().OfType("Microsoft.KeyVault/vaults/secrets").Select(secret => secret.Name).ToList();
        var singleTenant = main.Deploy(("botAppType", "SingleTenant"), ("botAppId", "11111111-2222-3333-4444-555555555555"), ("botAppPassword", "x"))
            .OfType("Microsoft.KeyVault/vaults/secrets").Select(secret => secret.Name).ToList();

        Assert.Equal(["directline-secret", "storage-protection-key"], managedIdentity.Select(name => name.Split('/')[^1]).Order(StringComparer.Ordinal));
        Assert.Equal(["directline-secret", "microsoft-app-password", "storage-protection-key"], singleTenant.Select(name => name.Split('/')[^1]).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Storage_protection_key_must_be_a_base64_256_bit_key()
    {
        var parameter = main.Template["parameters"]!["storageProtectionKey"]!;

        Assert.Equal("securestring", parameter["type"]!.GetValue<string>());
        Assert.Null(parameter["defaultValue"]);
        Assert.Equal(44, parameter["minLength"]!.GetValue<int>());
        Assert.Equal(44, parameter["maxLength"]!.GetValue<int>());
    }
}
