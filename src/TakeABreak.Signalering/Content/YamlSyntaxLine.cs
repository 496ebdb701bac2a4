using YamlDotNet.Core;

namespace TakeABreak.Signalering.Content;

/// <summary>
/// Finds the line where YAML parsing gives up. YamlDotNet's scanner sometimes fails with an
/// InvalidOperationException that carries no position (e.g. on an unclosed "["); this finds the line anyway.
/// </summary>
internal static class YamlSyntaxLine
{
    public static int Find(string yamlText)
    {
        var parser = new Parser(new StringReader(yamlText));
        var line = 1;
        try
        {
            while (parser.MoveNext())
            {
                line = (int)parser.Current!.Start.Line;
            }
        }
        catch (YamlException exception)
        {
            return (int)exception.Start.Line;
        }
        catch (InvalidOperationException)
        {
            return line;
        }

        return line;
    }
}
