using System.Text.Json;
using System.Text.Json.Nodes;
using JobForge.Client;
using ModelContextProtocol.Protocol;

namespace JobForge.Mcp;

/// <summary>
/// Tool results: a success carries its JSON as <c>structuredContent</c> (matching the tool's output schema) and as text;
/// a failure is an <c>isError</c> result whose text is the API's error envelope
/// <c>{"error":{type,message,details,trace_id,status}}</c>, so an agent sees exactly what an HTTP caller would.
/// </summary>
internal static class ToolResults
{
    public static CallToolResult Success(JsonObject structured) => new()
    {
        StructuredContent = JsonSerializer.SerializeToElement(structured, McpJsonContext.Default.JsonObject),
        Content = [new TextContentBlock { Text = structured.ToJsonString() }],
    };

    public static CallToolResult Error(JobForgeException error) =>
        Envelope(error.Type, error.Message, error.Details is { } details ? JsonNode.Parse(details.GetRawText()) : new JsonObject(), error.TraceId, (int)error.StatusCode);

    public static CallToolResult InvalidArguments(ToolArgumentException error) =>
        Envelope("validation_failed", "The tool arguments are not valid: 1 problem(s).",
            new JsonArray(new JsonObject { ["path"] = error.Path, ["code"] = error.Code, ["message"] = error.Message }), null, null);

    public static CallToolResult Unreachable(string message) => Envelope("dependency_unavailable", message, new JsonObject(), null, null);

    private static CallToolResult Envelope(string type, string message, JsonNode? details, string? traceId, int? status)
    {
        var error = new JsonObject { ["type"] = type, ["message"] = message, ["details"] = details, ["trace_id"] = traceId };
        if (status is not null)
        {
            error["status"] = status;
        }

        return new CallToolResult { IsError = true, Content = [new TextContentBlock { Text = new JsonObject { ["error"] = error }.ToJsonString() }] };
    }
}
