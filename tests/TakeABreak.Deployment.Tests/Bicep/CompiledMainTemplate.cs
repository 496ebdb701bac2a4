using System.Text.Json.Nodes;
using TakeABreak.Deployment.Tests.Arm;

namespace TakeABreak.Deployment.Tests.Bicep;

/// <summary>deploymentTemplates/main.bicep compiled once by the real Bicep CLI, shared by the template tests.</summary>
public sealed class CompiledMainTemplate : IAsyncLifetime
{
    private readonly string _outputDirectory = Directory.CreateTempSubdirectory("takeabreak-bicep-").FullName;

    public BicepResult Build { get; private set; } = new(-1, "", "");

    public JsonObject Template { get; private set; } = [];

    public async Task InitializeAsync()
    {
        var output = Path.Combine(_outputDirectory, "main.json");
        Build = await BicepCli.BuildAsync(Path.Combine(RepositoryPaths.DeploymentTemplates, "main.bicep"), output);
        if (File.Exists(output))
        {
            Template = JsonNode.Parse(await File.ReadAllTextAsync(output))!.AsObject();
        }
    }

    public Task DisposeAsync()
    {
        Directory.Delete(_outputDirectory, recursive: true);
        return Task.CompletedTask;
    }

    /// <summary>The resources a deployment with these parameters (on top of the defaults) would create.</summary>
    public IReadOnlyList<ArmResource> Deploy(params (string Name, object? Value)[] parameters)
    {
        Assert.True(Build.ExitCode == 0, "main.bicep did not compile:\n" + Build.StandardError);
        var values = new Dictionary<string, object?> { ["storageProtectionKey"] = new string('A', 43) + "=" };
        foreach (var (name, value) in parameters)
        {
            values[name] = value;
        }

        return ArmTemplateEvaluator.Evaluate(Template, values);
    }
}

[CollectionDefinition(Name)]
public sealed class CompiledMainTemplateCollection : ICollectionFixture<CompiledMainTemplate>
{
    public const string Name = "Compiled main.bicep";
}
