using System.Text;
using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.Repositories;

namespace TakeABreak.Storage.Protection;

/// <summary>Keeps the Data Protection key ring in the <see cref="IStore"/> (kind data_protection_keys), shared by all hosts.</summary>
public sealed class StoreXmlRepository(IStore store) : IXmlRepository
{
    // Data Protection calls these synchronously and rarely (start-up, key ring refresh, key rotation).
    public IReadOnlyCollection<XElement> GetAllElements() => GetAllElementsAsync().GetAwaiter().GetResult();

    public void StoreElement(XElement element, string friendlyName) => StoreElementAsync(element, friendlyName).GetAwaiter().GetResult();

    private async Task<IReadOnlyCollection<XElement>> GetAllElementsAsync()
    {
        var elements = new List<XElement>();
        await foreach (var info in store.ListAsync(StorageKinds.DataProtectionKeys))
        {
            var item = await store.ReadAsync(StorageKinds.DataProtectionKeys, info.Key);
            if (item is not null)
            {
                elements.Add(XElement.Parse(Encoding.UTF8.GetString(item.Data.Span)));
            }
        }

        return elements;
    }

    private async Task StoreElementAsync(XElement element, string friendlyName)
    {
        ArgumentNullException.ThrowIfNull(element);
        var data = Encoding.UTF8.GetBytes(element.ToString(SaveOptions.DisableFormatting));
        var key = IsUsableKey(friendlyName) ? friendlyName : "key-" + Guid.NewGuid().ToString("D");
        try
        {
            await store.CreateAsync(StorageKinds.DataProtectionKeys, key, data);
        }
        catch (StorageConflictException)
        {
            await store.CreateAsync(StorageKinds.DataProtectionKeys, key + "-" + Guid.NewGuid().ToString("N"), data);
        }
    }

    private static bool IsUsableKey(string? name) =>
        !string.IsNullOrEmpty(name) && name.Length <= 200 && name.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');
}
