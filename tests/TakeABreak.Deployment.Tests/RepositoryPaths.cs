using TakeABreak.Bot.Testing;

namespace TakeABreak.Deployment.Tests;

public static class RepositoryPaths
{
    public static string Root => RepositoryRoot.Path;

    public static string DeploymentTemplates => RepositoryRoot.Combine("deploymentTemplates");

    public static string Teams => Path.Combine(DeploymentTemplates, "teams");
}
