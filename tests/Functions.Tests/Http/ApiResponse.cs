namespace JobForge.Functions.Tests.Http;

/// <summary>What a host answered: status, headers (names lower case, values joined) and the body as text.</summary>
public sealed record ApiResponse(int Status, IReadOnlyDictionary<string, string> Headers, string Body)
{
    /// <summary>The header's value, or null.</summary>
    public string? Header(string name) => Headers.TryGetValue(name.ToLowerInvariant(), out var value) ? value : null;
}
