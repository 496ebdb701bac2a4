using System.Diagnostics;

namespace TakeABreak.Deployment.Tests.Publishing;

/// <summary>
/// The host published once per test run (<c>dotnet publish</c> into a temporary folder, Debug so the build the test
/// run already made is reused), as the README's deployment recipe does before zipping it for App Service.
/// </summary>
public sealed class PublishedApp : IAsyncLifetime
{
    public string Folder { get; } = Path.Combine(Path.GetTempPath(), "takeabreak-publish", Guid.NewGuid().ToString("N"));

    public async Task InitializeAsync()
    {
        var project = Path.Combine(RepositoryPaths.Root, "src", "TakeABreak.Bot", "TakeABreak.Bot.csproj");
        var (exitCode, output) = await RunAsync("dotnet", ["publish", project, "-c", "Debug", "-o", Folder, "--nologo", "-v", "quiet"], RepositoryPaths.Root);
        if (exitCode != 0)
        {
            throw new InvalidOperationException($"dotnet publish failed ({exitCode}):\n{output}");
        }
    }

    public Task DisposeAsync()
    {
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // the temporary folder is cleaned by the OS
        }

        return Task.CompletedTask;
    }

    private static async Task<(int ExitCode, string Output)> RunAsync(string fileName, string[] arguments, string workingDirectory)
    {
        var start = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await stdout + await stderr);
    }
}

[CollectionDefinition(Name)]
public sealed class PublishedAppCollection : ICollectionFixture<PublishedApp>
{
    public const string Name = "published app";
}
