using System.Diagnostics.CodeAnalysis;

namespace JobForge.Storage.ServiceBus;

/// <summary>Splits a connection string into settings and builds its credential; no message repeats a value.</summary>
internal static class ServiceBusConnectionStringSettings
{
    private static readonly HashSet<string> Known = new(StringComparer.OrdinalIgnoreCase)
    {
        "Endpoint", "EntityPath", "SharedAccessKeyName", "SharedAccessKey", "SharedAccessSignature",
    };

    public static bool TrySplit(
        string? connectionString,
        out Dictionary<string, string> settings,
        [NotNullWhen(false)] out string? error)
    {
        settings = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            error = "The Service Bus connection string is empty.";
            return false;
        }

        foreach (var part in connectionString.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var equals = part.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0 || equals == part.Length - 1)
            {
                error = "The Service Bus connection string is malformed: every setting is 'Name=Value', separated by ';'.";
                return false;
            }

            var name = part[..equals].Trim();
            if (!Known.Contains(name))
            {
                // Name only a plausible setting name; anything else may be a fragment of a secret.
                error = name.All(char.IsAsciiLetter) && name.Length <= 32
                    ? $"The Service Bus connection string has an unknown setting '{name}'."
                    : "The Service Bus connection string is malformed: every setting is 'Name=Value', separated by ';'.";
                return false;
            }

            if (!settings.TryAdd(name, part[(equals + 1)..].Trim()))
            {
                error = $"The Service Bus connection string sets '{name}' more than once.";
                return false;
            }
        }

        error = settings.Count == 0 ? "The Service Bus connection string has no settings." : null;
        return error is null;
    }

    public static bool TryCredential(
        Dictionary<string, string> settings,
        [NotNullWhen(true)] out ServiceBusSharedAccessSignatureCredential? credential,
        [NotNullWhen(false)] out string? error)
    {
        credential = null;
        var hasName = settings.TryGetValue("SharedAccessKeyName", out var keyName);
        var hasKey = settings.TryGetValue("SharedAccessKey", out var key);
        if (settings.TryGetValue("SharedAccessSignature", out var signature))
        {
            if (hasName || hasKey)
            {
                error = "The Service Bus connection string gives both SharedAccessSignature and a shared access key; give one.";
                return false;
            }

            if (!ServiceBusSignatureToken.TryParse(signature, out _, out var reason))
            {
                error = "The Service Bus connection string's SharedAccessSignature is malformed. " + reason;
                return false;
            }

            credential = ServiceBusSharedAccessSignatureCredential.FromSignature(signature);
            error = null;
            return true;
        }

        if (!hasName || !hasKey)
        {
            error = hasName
                ? "The Service Bus connection string has SharedAccessKeyName but no SharedAccessKey."
                : hasKey
                    ? "The Service Bus connection string has SharedAccessKey but no SharedAccessKeyName."
                    : "The Service Bus connection string has no credential: give SharedAccessKeyName and SharedAccessKey, or SharedAccessSignature. For Entra ID, configure the namespace endpoint instead.";
            return false;
        }

        if (keyName!.Length > ServiceBusSharedAccessSignatureCredential.MaxKeyLength
            || key!.Length > ServiceBusSharedAccessSignatureCredential.MaxKeyLength)
        {
            error = "The Service Bus connection string's SharedAccessKeyName and SharedAccessKey must each be at most 256 characters.";
            return false;
        }

        credential = new ServiceBusSharedAccessSignatureCredential(keyName, key);
        error = null;
        return true;
    }
}
