using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;
using TakeABreak.Storage.Tests.Support;

namespace TakeABreak.Storage.Tests;

public sealed class StorageOptionsValidatorTests
{
    private readonly StorageOptionsValidator _validator = new();

    [Fact]
    public void Defaults_with_a_protection_key_are_valid()
    {
        Assert.True(_validator.Validate(null, Valid()).Succeeded);
    }

    [Fact]
    public void A_missing_protection_key_is_refused_outside_development()
    {
        var options = Valid();
        options.ProtectionKey = null;

        var result = _validator.Validate(null, options);

        Assert.Contains("Storage:ProtectionKey is missing", result.FailureMessage);
    }

    [Fact]
    public void A_missing_protection_key_is_allowed_in_development()
    {
        var options = Valid();
        options.ProtectionKey = null;
        var development = new HostingEnvironment { EnvironmentName = Environments.Development };

        Assert.True(new StorageOptionsValidator(development).Validate(null, options).Succeeded);
    }

    [Theory]
    [InlineData("not base64!")]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAA==")]
    public void A_protection_key_that_is_not_256_bits_is_refused(string key)
    {
        var options = Valid();
        options.ProtectionKey = key;

        Assert.Contains("32 random bytes", _validator.Validate(null, options).FailureMessage);
    }

    [Fact]
    public void Blob_needs_exactly_one_way_to_connect()
    {
        var options = Valid();
        options.Provider = StorageProvider.Blob;

        Assert.Contains("exactly one of ConnectionString", _validator.Validate(null, options).FailureMessage);

        options.Blob.ConnectionString = "UseDevelopmentStorage=true";
        options.Blob.AccountUrl = "https://account.blob.core.windows.net";
        Assert.Contains("exactly one of ConnectionString", _validator.Validate(null, options).FailureMessage);
    }

    [Theory]
    [InlineData("http://account.blob.core.windows.net")]
    [InlineData("account")]
    public void Blob_account_url_must_be_absolute_https(string url)
    {
        var options = Valid();
        options.Provider = StorageProvider.Blob;
        options.Blob.AccountUrl = url;

        Assert.Contains("AccountUrl", _validator.Validate(null, options).FailureMessage);
    }

    [Theory]
    [InlineData("Take_A_Break")]
    [InlineData("-x")]
    [InlineData("a--b")]
    [InlineData("a-very-long-container-prefix")]
    public void Blob_container_prefix_must_fit_container_names(string prefix)
    {
        var options = Valid();
        options.Provider = StorageProvider.Blob;
        options.Blob.ConnectionString = "UseDevelopmentStorage=true";
        options.Blob.ContainerPrefix = prefix;

        Assert.Contains("ContainerPrefix", _validator.Validate(null, options).FailureMessage);
    }

    [Fact]
    public void A_time_to_live_must_be_positive()
    {
        var options = Valid();
        options.StateTimeToLive = TimeSpan.Zero;

        Assert.Contains("StateTimeToLive", _validator.Validate(null, options).FailureMessage);
    }

    private static StorageOptions Valid() => new() { ProtectionKey = TestProtectionKey.Base64 };
}
