namespace JobForge.TestKit.Hosting;

/// <summary>One request an <see cref="HttpSink"/> saw.</summary>
/// <param name="Method">The HTTP method.</param>
/// <param name="PathAndQuery">The path with its query string.</param>
/// <param name="Headers">The headers (names case-insensitive).</param>
/// <param name="Body">The body bytes.</param>
/// <param name="At">When it arrived (UTC).</param>
public sealed record SinkRequest(string Method, string PathAndQuery, IReadOnlyDictionary<string, string> Headers, byte[] Body, DateTimeOffset At)
{
    /// <summary>The path without the query string.</summary>
    public string Path => PathAndQuery.Split('?', 2)[0];

    /// <summary>The <c>Idempotency-Key</c> header, if sent.</summary>
    public string? IdempotencyKey => Headers.TryGetValue("Idempotency-Key", out var key) && key.Length > 0 ? key : null;
}
