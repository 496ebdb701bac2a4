using Microsoft.Extensions.Options;
using TakeABreak.BotFramework.Tests.Support;

namespace TakeABreak.BotFramework.Tests.Connector;

public sealed class ConnectorOptionsTests
{
    [Theory]
    [InlineData("BotFramework:Connector:MaxRetryAttempts", "-1")]
    [InlineData("BotFramework:Connector:RetryBaseDelay", "00:00:00")]
    [InlineData("BotFramework:Connector:AttemptTimeout", "00:10:00")]
    public async Task An_impossible_retry_setting_stops_the_start_naming_the_setting(string key, string value)
    {
        var exception = await Assert.ThrowsAsync<OptionsValidationException>(() =>
            ChannelTestHost.StartAsync("Development", new Dictionary<string, string?> { [key] = value }));

        Assert.Contains(key.Split(':')[^1], exception.Message, StringComparison.Ordinal);
    }
}
