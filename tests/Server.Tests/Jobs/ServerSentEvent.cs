using System.Text.Json;

namespace JobForge.Server.Tests.Jobs;

/// <summary>One server-sent event.</summary>
public sealed record ServerSentEvent(string? Id, string Name, string Data)
{
    /// <summary>The data as JSON.</summary>
    public JsonElement Json
    {
        get
        {
            using var document = JsonDocument.Parse(Data);
            return document.RootElement.Clone();
        }
    }

    /// <summary>The run status the data shows.</summary>
    public string Status => Json.GetProperty("status").GetString()!;
}
