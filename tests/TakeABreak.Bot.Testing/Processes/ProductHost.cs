namespace TakeABreak.Bot.Testing.Processes;

/// <summary>
/// The real product host (TakeABreak.Bot.dll, built beside the tests or benchmarks that start it) in its own process, in Development with its
/// embedded defaults: no channel authentication, local Direct Line, the content in dialogs/.
/// </summary>
public static class ProductHost
{
    public static Task<ChildProcessHost> StartAsync(IReadOnlyDictionary<string, string> settings)
    {
        var hostAssembly = Path.Combine(AppContext.BaseDirectory, "TakeABreak.Bot.dll");
        var contentRoot = RepositoryRoot.Combine("src", "TakeABreak.Bot");
        var environment = new Dictionary<string, string>(settings) { ["ASPNETCORE_ENVIRONMENT"] = "Development" };
        return ChildProcessHost.StartAsync(hostAssembly, ["--contentRoot", contentRoot], environment, "/readyz", contentRoot);
    }
}
