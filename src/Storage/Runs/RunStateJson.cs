using System.Text.Json;
using System.Text.Json.Serialization;
using JobForge.Domain.Runs;

namespace JobForge.Storage.Runs;

/// <summary>
/// The stored JSON of <see cref="RunState"/> and of run inboxes: snake_case names, enums as snake_case strings, nulls
/// left out. Versioned by shape only: unknown properties are ignored when read, so newer fields can be added.
/// </summary>
public static class RunStateJson
{
    private static readonly JsonSerializerOptions s_options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower, allowIntegerValues: false) },
    };

    /// <summary>The JSON of <paramref name="state"/>.</summary>
    public static string Write(RunState state) => JsonSerializer.Serialize(state, s_options);

    /// <summary>The state in <paramref name="json"/>; throws <see cref="JsonException"/> when it is not one.</summary>
    public static RunState Read(string json) =>
        JsonSerializer.Deserialize<RunState>(json, s_options) ?? throw new JsonException("The stored run state is null.");

    /// <summary>The JSON of an inbox.</summary>
    public static string WriteInbox(IReadOnlyList<RunSignal> inbox) => JsonSerializer.Serialize(inbox, s_options);

    /// <summary>The inbox in <paramref name="json"/> (empty for null or empty text).</summary>
    public static IReadOnlyList<RunSignal> ReadInbox(string? json) =>
        string.IsNullOrEmpty(json) ? [] : JsonSerializer.Deserialize<List<RunSignal>>(json, s_options) ?? [];
}
