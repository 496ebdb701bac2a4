using TakeABreak.Deployment.Tests.Bicep;

namespace TakeABreak.Deployment.Tests.Templates;

[Collection(CompiledMainTemplateCollection.Name)]
public sealed class MainTemplateBuildTests(CompiledMainTemplate main)
{
    [Fact]
    public void Main_template_compiles_without_errors_or_linter_warnings()
    {
        Assert.True(main.Build.ExitCode == 0, main.Build.StandardError);
        Assert.Empty(main.Build.Diagnostics);
    }

    [Fact]
    public void Every_parameter_of_every_template_has_a_description()
    {
        var templates = new[] { main.Template }.Concat(
            main.Template["resources"]!.AsObject()
                .Select(pair => pair.Value!["properties"]?["template"])
                .OfType<System.Text.Json.Nodes.JsonObject>());
        var undescribed = templates
            .SelectMany(template => template["parameters"]!.AsObject()
                .Where(parameter => parameter.Value!["metadata"]?["description"] is null)
                .Select(parameter => parameter.Key))
            .ToList();

        Assert.Empty(undescribed);
    }

    /// <summary>Alert rules and action groups exist only as global resources; they hold no data.</summary>
    private static readonly string[] GlobalByDesign = ["Microsoft.Insights/metricAlerts", "Microsoft.Insights/actionGroups"];

    [Fact]
    public void Default_region_is_west_europe_so_data_stays_in_the_EU()
    {
        Assert.Equal("westeurope", main.Template["parameters"]!["location"]!["defaultValue"]!.GetValue<string>());
        Assert.All(
            main.Deploy().Where(resource => resource.Body["location"] is not null && resource.Module != "bot" && !GlobalByDesign.Contains(resource.Type)),
            resource => Assert.Equal("westeurope", resource.Body["location"]!.GetValue<string>()));
    }

    [Fact]
    public void No_output_carries_a_secure_parameter()
    {
        var secureParameters = main.Template["parameters"]!.AsObject()
            .Where(parameter => parameter.Value!["type"]!.GetValue<string>() is "securestring" or "secureObject")
            .Select(parameter => parameter.Key)
            .ToList();
        Assert.Contains("storageProtectionKey", secureParameters);

        var outputs = main.Template["outputs"]!.ToJsonString();
        Assert.All(secureParameters, name => Assert.DoesNotContain(name, outputs, StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain("list", outputs, StringComparison.OrdinalIgnoreCase);
    }
}
