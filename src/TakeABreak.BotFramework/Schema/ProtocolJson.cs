using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace TakeABreak.BotFramework.Schema;

/// <summary>The JSON conventions of the Bot Framework protocol: camelCase, nulls omitted, UTC timestamps ending in Z.</summary>
public static class ProtocolJson
{
    public static JsonSerializerOptions Options { get; } = Create();

    public static Activity? ReadActivity(ReadOnlySpan<byte> utf8Json) => JsonSerializer.Deserialize<Activity>(utf8Json, Options);

    public static string Write<T>(T value) => JsonSerializer.Serialize(value, Options);

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            PropertyNameCaseInsensitive = true,
        };
        options.Converters.Add(new TimestampConverter());
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }

    /// <summary>Reads any ISO 8601 timestamp; writes UTC instants with a Z and local ones with their offset.</summary>
    private sealed class TimestampConverter : JsonConverter<DateTimeOffset>
    {
        public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            var text = reader.GetString();
            if (text is null || !DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var value))
            {
                throw new JsonException($"'{text}' is not an ISO 8601 timestamp.");
            }

            return value;
        }

        public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options) =>
            writer.WriteStringValue(value.Offset == TimeSpan.Zero
                ? value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", CultureInfo.InvariantCulture)
                : value.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz", CultureInfo.InvariantCulture));
    }
}
