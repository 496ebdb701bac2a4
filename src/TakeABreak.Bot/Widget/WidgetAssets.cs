using System.Collections.Concurrent;
using Microsoft.AspNetCore.StaticAssets;

namespace TakeABreak.Bot.Widget;

/// <summary>
/// The fingerprinted address of a file in wwwroot (<c>lib/webchat.js</c> → <c>/lib/webchat.k3j2….js</c>), from the
/// static web assets manifest the build writes, so the page can let browsers keep the file for a year: a new build gives
/// a new address. A file without a fingerprinted address keeps its own.
/// </summary>
public sealed class WidgetAssets(EndpointDataSource endpoints)
{
    private readonly ConcurrentDictionary<string, string> _urls = new(StringComparer.Ordinal);

    public string UrlOf(string path) => _urls.GetOrAdd(path, Find);

    private string Find(string path)
    {
        foreach (var endpoint in endpoints.Endpoints)
        {
            var asset = endpoint.Metadata.GetMetadata<StaticAssetDescriptor>();
            if (asset is not null
                && asset.Properties.Any(p => p.Name == "label" && p.Value == path)
                && asset.Properties.Any(p => p.Name == "fingerprint")
                )
            {
                return "/" + asset.Route;
            }
        }

        return "/" + path;
    }
}
