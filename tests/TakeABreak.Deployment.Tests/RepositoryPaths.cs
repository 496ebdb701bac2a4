namespace TakeABreak.Deployment.Tests;

public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string DeploymentTemplates => Path.Combine(Root, "deploymentTemplates");

    public static string Teams => Path.Combine(DeploymentTemplates, "teams");

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "TakeABreak.Bot.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No TakeABreak.Bot.sln above {AppContext.BaseDirectory}.");
    }
}
