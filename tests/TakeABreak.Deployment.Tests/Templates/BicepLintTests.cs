using TakeABreak.Deployment.Tests.Bicep;

namespace TakeABreak.Deployment.Tests.Templates;

/// <summary>The linter rules of deploymentTemplates/bicepconfig.json really bite, and the example parameter file compiles.</summary>
public sealed class BicepLintTests : IDisposable
{
    private readonly DirectoryInfo _scratch = Directory.CreateTempSubdirectory("takeabreak-bicep-lint-");

    [Fact]
    public async Task A_secure_value_in_an_output_fails_the_build_under_the_project_linter_rules()
    {
        File.Copy(Path.Combine(RepositoryPaths.DeploymentTemplates, "bicepconfig.json"), Path.Combine(_scratch.FullName, "bicepconfig.json"));
        var leaky = Path.Combine(_scratch.FullName, "leaky.bicep");
        await File.WriteAllTextAsync(leaky, """
            @description('A secret.')
            @secure()
            param key string

            output leaked string = key
            """);

        var result = await BicepCli.BuildAsync(leaky, Path.Combine(_scratch.FullName, "leaky.json"));

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains(result.Diagnostics, line => line.Contains("outputs-should-not-contain-secrets", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Example_parameter_file_compiles_when_the_protection_key_comes_from_the_environment()
    {
        var output = Path.Combine(_scratch.FullName, "main.parameters.json");

        var result = await BicepCli.BuildParamsAsync(
            Path.Combine(RepositoryPaths.DeploymentTemplates, "main.bicepparam"),
            output,
            new Dictionary<string, string?> { ["TAKEABREAK_STORAGE_PROTECTION_KEY"] = Convert.ToBase64String(new byte[32]) });

        Assert.True(result.ExitCode == 0, result.StandardError);
        Assert.Empty(result.Diagnostics);
        Assert.Contains("\"botAppType\"", await File.ReadAllTextAsync(output), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Example_parameter_file_without_a_protection_key_fails_and_names_the_variable()
    {
        var result = await BicepCli.BuildParamsAsync(
            Path.Combine(RepositoryPaths.DeploymentTemplates, "main.bicepparam"),
            Path.Combine(_scratch.FullName, "main.parameters.json"),
            new Dictionary<string, string?> { ["TAKEABREAK_STORAGE_PROTECTION_KEY"] = null });

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("TAKEABREAK_STORAGE_PROTECTION_KEY", result.StandardError, StringComparison.Ordinal);
    }

    public void Dispose() => _scratch.Delete(recursive: true);
}
