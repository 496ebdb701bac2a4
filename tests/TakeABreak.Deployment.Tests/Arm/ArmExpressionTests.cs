using System.Text.Json.Nodes;

namespace TakeABreak.Deployment.Tests.Arm;

public sealed class ArmExpressionTests
{
    [Theory]
    [InlineData("concat('a', 'b'")]
    [InlineData("'unterminated")]
    [InlineData("parameters('x') junk")]
    [InlineData("(1)")]
    public void Malformed_expressions_are_rejected_with_the_expression_in_the_message(string text)
    {
        var error = Assert.Throws<FormatException>(() => ArmExpression.Parse(text));

        Assert.Contains(text, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluation_follows_parameters_variables_conditions_and_modules_and_keeps_what_only_Azure_knows()
    {
        var template = JsonNode.Parse("""
            {
              "parameters": { "on": { "type": "bool", "defaultValue": false }, "name": { "type": "string" } },
              "variables": { "full": "[format('{0}-x', parameters('name'))]" },
              "resources": {
                "skipped": { "condition": "[parameters('on')]", "type": "A/b", "name": "never" },
                "module": {
                  "type": "Microsoft.Resources/deployments", "name": "inner",
                  "properties": {
                    "parameters": { "id": { "value": "[reference('thing').id]" }, "label": { "value": "[variables('full')]" } },
                    "template": {
                      "parameters": { "id": { "type": "string" }, "label": { "type": "string" } },
                      "resources": [ { "type": "C/d", "name": "[parameters('label')]", "properties": { "owner": "[parameters('id')]", "literal": "[[not an expression]" } } ]
                    }
                  }
                }
              }
            }
            """)!.AsObject();

        var resource = Assert.Single(ArmTemplateEvaluator.Evaluate(template, new Dictionary<string, object?> { ["name"] = "bot" }));

        Assert.Equal(("C/d", "bot-x", "inner"), (resource.Type, resource.Name, resource.Module));
        Assert.Equal("[reference('thing').id]", resource.Properties["owner"]!.GetValue<string>());
        Assert.Equal("[not an expression]", resource.Properties["literal"]!.GetValue<string>());
    }

    [Fact]
    public void Unknown_parameters_and_variables_are_reported_by_name()
    {
        var template = JsonNode.Parse("""{ "resources": [ { "type": "A/b", "name": "[variables('missing')]" } ] }""")!.AsObject();

        var error = Assert.Throws<InvalidOperationException>(() => ArmTemplateEvaluator.Evaluate(template, new Dictionary<string, object?>()));

        Assert.Contains("'missing'", error.Message, StringComparison.Ordinal);
    }
}
