namespace JobForge.Storage.ServiceBus;

/// <summary>
/// What a message may carry over REST. A single send puts each application property in its own HTTP header
/// (https://learn.microsoft.com/rest/api/servicebus/send-message-to-queue), so names must be header tokens and must not
/// collide with headers that mean something else; the same rule holds for batches so a message is valid either way.
/// </summary>
internal static class ServiceBusMessageRules
{
    private const int MaxPropertyNameLength = 128;

    private static readonly HashSet<string> ReservedHeaders = new(StringComparer.OrdinalIgnoreCase)
    {
        "Accept", "Authorization", "BrokerProperties", "Connection", "Content-Encoding", "Content-Length",
        "Content-Type", "Cookie", "Date", "Expect", "Host", "Keep-Alive", "Proxy-Authorization", "Request-Id",
        "TE", "Trailer", "Transfer-Encoding", "Upgrade", "User-Agent", "traceparent", "tracestate",
    };

    public static IReadOnlyDictionary<string, ServiceBusPropertyValue> CopyProperties(
        IReadOnlyDictionary<string, ServiceBusPropertyValue>? properties)
    {
        ArgumentNullException.ThrowIfNull(properties, nameof(ServiceBusOutboundMessage.ApplicationProperties));
        var copy = new Dictionary<string, ServiceBusPropertyValue>(properties.Count, StringComparer.OrdinalIgnoreCase);
        foreach (var (name, value) in properties)
        {
            RequirePropertyName(name);
            _ = value.Value; // a default instance holds nothing
            if (!copy.TryAdd(name, value))
            {
                throw new ArgumentException(
                    $"Application property '{name}' is given twice (names are HTTP headers, compared ignoring case).",
                    nameof(ServiceBusOutboundMessage.ApplicationProperties));
            }
        }

        return copy;
    }

    public static string RequireHeaderText(string? value, string name)
    {
        if (string.IsNullOrEmpty(value) || !value.All(c => c is >= ' ' and <= '~'))
        {
            throw new ArgumentException($"{name} must be non-empty printable ASCII (it is sent as an HTTP header).", name);
        }

        return value;
    }

    private static void RequirePropertyName(string name)
    {
        const string Parameter = nameof(ServiceBusOutboundMessage.ApplicationProperties);
        if (string.IsNullOrEmpty(name) || name.Length > MaxPropertyNameLength || !name.All(IsTokenChar))
        {
            throw new ArgumentException(
                "Application property names must be 1 to 128 HTTP token characters (letters, digits and !#$%&'*+-.^_`|~).",
                Parameter);
        }

        if (ReservedHeaders.Contains(name) || name.StartsWith("x-ms-", StringComparison.OrdinalIgnoreCase))
        {
            throw new ArgumentException($"Application property '{name}' collides with a reserved HTTP header.", Parameter);
        }
    }

    // RFC 9110 section 5.6.2 tchar.
    private static bool IsTokenChar(char c) =>
        c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9')
            or '!' or '#' or '$' or '%' or '&' or '\'' or '*' or '+' or '-' or '.' or '^' or '_' or '`' or '|' or '~';
}
