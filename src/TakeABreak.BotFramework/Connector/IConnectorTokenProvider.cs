namespace TakeABreak.BotFramework.Connector;

/// <summary>The bearer token the bot shows the Connector. Null means no token (Development without an app id).</summary>
public interface IConnectorTokenProvider
{
    ValueTask<string?> GetTokenAsync(CancellationToken cancellationToken);
}

/// <summary>Development without MicrosoftAppId: requests carry no token, as the Emulator expects.</summary>
public sealed class NoConnectorTokenProvider : IConnectorTokenProvider
{
    public ValueTask<string?> GetTokenAsync(CancellationToken cancellationToken) => ValueTask.FromResult<string?>(null);
}
