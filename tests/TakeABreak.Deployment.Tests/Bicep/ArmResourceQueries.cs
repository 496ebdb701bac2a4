using System.Text.Json.Nodes;
using TakeABreak.Deployment.Tests.Arm;

namespace TakeABreak.Deployment.Tests.Bicep;

public static class ArmResourceQueries
{
    public static ArmResource Single(this IReadOnlyList<ArmResource> resources, string type) =>
        Assert.Single(resources, resource => string.Equals(resource.Type, type, StringComparison.OrdinalIgnoreCase));

    public static IReadOnlyList<ArmResource> OfType(this IReadOnlyList<ArmResource> resources, string type) =>
        resources.Where(resource => string.Equals(resource.Type, type, StringComparison.OrdinalIgnoreCase)).ToList();

    /// <summary>The Web App's app settings as name → value.</summary>
    public static IReadOnlyDictionary<string, string> AppSettings(this IReadOnlyList<ArmResource> resources) =>
        resources.Single("Microsoft.Web/sites").Properties["siteConfig"]!["appSettings"]!.AsArray()
            .ToDictionary(setting => setting!["name"]!.GetValue<string>(), setting => setting!["value"]!.GetValue<string>());

    public static string? Text(this JsonNode node, string path)
    {
        JsonNode? current = node;
        foreach (var part in path.Split('.'))
        {
            current = current?[part];
        }

        return current?.ToString();
    }
}
