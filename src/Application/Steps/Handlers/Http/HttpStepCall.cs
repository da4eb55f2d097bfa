using System.Text.Json;

namespace JobForge.Application.Steps.Handlers.Http;

/// <summary>One outbound call as <see cref="HttpStepClient"/> makes it (parsed from a step's <c>with</c>).</summary>
/// <param name="Url">The absolute http or https URL.</param>
/// <param name="Method">The HTTP method.</param>
/// <param name="Headers">Extra request headers (already checked: no hop-by-hop, Host, Content-Length or X-JobForge-*).</param>
/// <param name="Body">The JSON body, or null for none.</param>
/// <param name="Timeout">The call's own timeout, or null for the attempt's.</param>
internal sealed record HttpStepCall(Uri Url, HttpMethod Method, IReadOnlyList<KeyValuePair<string, string>> Headers, JsonElement? Body, TimeSpan? Timeout)
{
    /// <summary>The HMAC key that signs the call; null when none is configured.</summary>
    public string? SigningSecret { get; init; }

    /// <summary>A host allowed besides the allow list (a module's configured base URL host).</summary>
    public string? TrustedHost { get; init; }
}
