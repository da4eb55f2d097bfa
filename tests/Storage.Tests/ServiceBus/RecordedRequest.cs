using System.Text;
using System.Text.Json;

namespace JobForge.Storage.Tests.ServiceBus;

/// <summary>One request the loopback listener received, and whether its authorization verified.</summary>
internal sealed record RecordedRequest(
    string Method,
    string Path,
    IReadOnlyDictionary<string, string> Headers,
    byte[] Body,
    string? AuthorizationFailure)
{
    public string? Header(string name) => Headers.TryGetValue(name, out var value) ? value : null;

    public string BodyText => Encoding.UTF8.GetString(Body);

    public JsonElement BrokerProperties => JsonDocument.Parse(Header("BrokerProperties") ?? "null").RootElement;

    public JsonElement BatchBody => JsonDocument.Parse(Body).RootElement;

    /// <summary>The parsed SAS fields (raw, still URL-encoded), or empty for another scheme.</summary>
    public IReadOnlyDictionary<string, string> SignatureFields
    {
        get
        {
            var authorization = Header("Authorization") ?? string.Empty;
            const string Prefix = "SharedAccessSignature ";
            if (!authorization.StartsWith(Prefix, StringComparison.Ordinal))
            {
                return new Dictionary<string, string>();
            }

            return authorization[Prefix.Length..].Split('&')
                .Select(pair => pair.Split('=', 2))
                .ToDictionary(pair => pair[0], pair => pair.Length > 1 ? pair[1] : string.Empty, StringComparer.Ordinal);
        }
    }
}
