using System.Text.Json;

namespace JobForge.Application.Json;

/// <summary>The API's JSON conventions, the same on every host: snake_case names, no nulls written, bounded depth, every timestamp in UTC.</summary>
public static class ApiJson
{
    /// <summary>Applies the conventions to <paramref name="options"/>.</summary>
    public static void Configure(JsonSerializerOptions options)
    {
        options.PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower;
        options.DictionaryKeyPolicy = null;
        options.DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull;
        options.MaxDepth = 64;
        options.Converters.Add(new UtcDateTimeOffsetConverter());
    }
}
