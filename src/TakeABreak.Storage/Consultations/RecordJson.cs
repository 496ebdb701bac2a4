using System.Text.Json;
using System.Text.Json.Serialization;

namespace TakeABreak.Storage.Consultations;

/// <summary>How records are written as JSON: camelCase, enums as names, no indentation.</summary>
internal static class RecordJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower) },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static byte[] Serialize<T>(T value) => JsonSerializer.SerializeToUtf8Bytes(value, Options);

    public static T Deserialize<T>(ReadOnlyMemory<byte> data) =>
        JsonSerializer.Deserialize<T>(data.Span, Options) ?? throw new JsonException($"A stored {typeof(T).Name} was empty.");
}
