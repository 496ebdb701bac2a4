namespace TakeABreak.Bot.Benchmarks.Load;

/// <summary>
/// The real product host (TakeABreak.Bot.dll, built beside the benchmarks) in its own process, in Development with its
/// embedded defaults: no channel authentication, local Direct Line, the content in dialogs/.
/// </summary>
public static class ProductHost
{
    public static Task<ChildProcessHost> StartAsync(IReadOnlyDictionary<string, string> settings)
    {
        var hostAssembly = Path.Combine(AppContext.BaseDirectory, "TakeABreak.Bot.dll");
        var contentRoot = Path.Combine(RepositoryRoot(), "src", "TakeABreak.Bot");
        var environment = new Dictionary<string, string>(settings) { ["ASPNETCORE_ENVIRONMENT"] = "Development" };
        return ChildProcessHost.StartAsync(hostAssembly, ["--contentRoot", contentRoot], environment, "/readyz", contentRoot);
    }

    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "TakeABreak.Bot.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"No TakeABreak.Bot.sln above {AppContext.BaseDirectory}.");
    }
}
