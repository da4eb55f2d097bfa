using System.Text.Json;

namespace JobForge.Chaos.Benchmarks;

/// <summary>One API answer as the load saw it; status 0 means no answer (connection refused or reset, or the client timeout).</summary>
internal sealed record ApiAnswer(DateTimeOffset SentAt, int Status, string Text, TimeSpan? RetryAfter, TimeSpan Latency, string Path)
{
    public bool IsSuccess => Status is >= 200 and < 300;

    public string? ErrorType
    {
        get
        {
            if (Status < 400 || Text.Length == 0)
            {
                return null;
            }

            try
            {
                using var document = JsonDocument.Parse(Text);
                return document.RootElement.TryGetProperty("error", out var error) && error.TryGetProperty("type", out var type) ? type.GetString() : null;
            }
            catch (JsonException)
            {
                return "(not json)";
            }
        }
    }

    public JsonElement Json()
    {
        using var document = JsonDocument.Parse(Text);
        return document.RootElement.Clone();
    }
}
