namespace TakeABreak.Dialogs.Tests.Fixtures;

/// <summary>A service provider without services, for turn contexts that need none.</summary>
public sealed class EmptyServiceProvider : IServiceProvider
{
    public object? GetService(Type serviceType) => null;
}
