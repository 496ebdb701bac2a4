using TakeABreak.Signalering.Content;

namespace TakeABreak.Signalering.Safety.Content;

/// <summary>Reads dialogs/safety/messages.yaml and checks that the acute-danger message opens with 112 and the answer to a serious disclosure gives Veilig Thuis.</summary>
internal static class MessagesReader
{
    private const string VeiligThuisNumber = "0800-2000";

    public static SafetyMessages? Read(YamlDocument document, ICollection<ContentError> errors)
    {
        var errorCount = errors.Count;
        var texts = new Dictionary<string, IReadOnlyDictionary<string, string>>(StringComparer.Ordinal);
        foreach (var (id, node) in document.Root!["messages"]!.AsObject())
        {
            var byLocale = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var locale in SafetyLocales.All)
            {
                byLocale[locale] = node![locale]!.GetValue<string>().Trim();
            }

            texts[id] = byLocale;
        }

        foreach (var locale in SafetyLocales.All)
        {
            var firstLine = texts[SafetyMessages.AcuteDanger][locale].Split('\n')[0];
            if (!firstLine.Contains("112", StringComparison.Ordinal))
            {
                errors.Add(new ContentError(
                    document.File,
                    document.LineOf($"/messages/{SafetyMessages.AcuteDanger}/{locale}"),
                    $"the {locale} text must say to call 112 in its first line") { Within = $"message '{SafetyMessages.AcuteDanger}'" });
            }
        }

        foreach (var locale in SafetyLocales.All)
        {
            if (!texts[SafetyMessages.UrgentDisclosure][locale].Contains(VeiligThuisNumber, StringComparison.Ordinal))
            {
                errors.Add(new ContentError(
                    document.File,
                    document.LineOf($"/messages/{SafetyMessages.UrgentDisclosure}/{locale}"),
                    $"the {locale} text must give Veilig Thuis: {VeiligThuisNumber}") { Within = $"message '{SafetyMessages.UrgentDisclosure}'" });
            }
        }

        return errors.Count == errorCount ? new SafetyMessages(texts) : null;
    }
}
