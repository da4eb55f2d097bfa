using System.Text.Json;
using JobForge.Domain.Events;

namespace JobForge.Domain.Tests.Events;

internal sealed class SequentialIdGenerator : IIdGenerator
{
    private int _events;
    private int _traces;

    public string NewEventId() => $"gen-event-{++_events}";

    public string NewTraceId() => $"gen-trace-{++_traces}";
}

internal static class EventTestData
{
    public static readonly DateTimeOffset Now = new(2025, 3, 1, 12, 0, 0, TimeSpan.Zero);

    public const string Minimal = """{"event_type":"infrastructure.alert","tenant_id":"tenant-1","source_app":"settler","payload":{}}""";

    public static EventRequestContext Context(string? idempotencyKey = null, string? traceParent = null) =>
        new(Now, new SequentialIdGenerator(), idempotencyKey, traceParent);

    public static EventParseResult Parse(string json, EventRequestContext? context = null)
    {
        using var document = JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = PayloadLimits.DocumentMaxDepth });
        return EventEnvelopeParser.Parse(document.RootElement, context ?? Context());
    }

    /// <summary>The minimal envelope with one top-level field set to raw JSON (or removed when null).</summary>
    public static string With(string field, string? rawJson)
    {
        var fields = new Dictionary<string, string>
        {
            ["event_type"] = "\"infrastructure.alert\"",
            ["tenant_id"] = "\"tenant-1\"",
            ["source_app"] = "\"settler\"",
            ["payload"] = "{}",
        };
        if (rawJson is null)
        {
            fields.Remove(field);
        }
        else
        {
            fields[field] = rawJson;
        }

        return "{" + string.Join(",", fields.Select(f => $"\"{f.Key}\":{f.Value}")) + "}";
    }

    /// <summary>The minimal envelope with raw members (ending in a comma) inserted before its own.</summary>
    public static string Prepend(string members) => "{" + members + Minimal[1..];

    public static string WithPayload(string payloadJson) => With("payload", payloadJson);

    public static ValidationProblem Single(EventParseResult result)
    {
        Assert.False(result.IsValid);
        return Assert.Single(result.Problems);
    }

    /// <summary><paramref name="arrays"/> nested empty arrays.</summary>
    public static string Nested(int arrays) => new string('[', arrays) + new string(']', arrays);
}
