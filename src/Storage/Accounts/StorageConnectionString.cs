using System.Diagnostics.CodeAnalysis;

namespace JobForge.Storage.Accounts;

/// <summary>
/// Parses Azure Storage connection strings into <see cref="StorageAccountEndpoints"/>.
/// Accepted forms:
/// <list type="bullet">
/// <item><c>UseDevelopmentStorage=true</c> (Azurite on its default ports, optionally <c>DevelopmentStorageProxyUri=http://host</c>);</item>
/// <item><c>DefaultEndpointsProtocol=https;AccountName=…;AccountKey=…;EndpointSuffix=core.windows.net</c>;</item>
/// <item>any of the above with explicit <c>BlobEndpoint=</c>, <c>QueueEndpoint=</c>, <c>TableEndpoint=</c> (Azurite's full form).</item>
/// </list>
/// Keys are case-insensitive. Error messages never contain the account key.
/// See https://learn.microsoft.com/azure/storage/common/storage-configure-connection-string.
/// </summary>
public static class StorageConnectionString
{
    /// <summary>Parses <paramref name="connectionString"/>.</summary>
    /// <exception cref="FormatException">The string is malformed; the message says what is wrong, without the key.</exception>
    public static StorageAccountEndpoints Parse(string connectionString) =>
        TryParse(connectionString, out var endpoints, out var error)
            ? endpoints
            : throw new FormatException(error);

    /// <summary>Parses <paramref name="connectionString"/>, returning a message naming the problem when it is malformed.</summary>
    public static bool TryParse(
        string? connectionString,
        [NotNullWhen(true)] out StorageAccountEndpoints? endpoints,
        [NotNullWhen(false)] out string? error)
    {
        endpoints = null;
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            error = "The storage connection string is empty.";
            return false;
        }

        if (!TrySplit(connectionString, out var settings, out error))
        {
            return false;
        }

        if (settings.TryGetValue("UseDevelopmentStorage", out var development))
        {
            return TryParseDevelopment(settings, development, out endpoints, out error);
        }

        if (settings.ContainsKey("SharedAccessSignature"))
        {
            error = "SAS connection strings are not supported: use an account key (AccountName and AccountKey) or Entra ID (JobForge:Storage:AccountName).";
            return false;
        }

        if (!settings.TryGetValue("AccountName", out var accountName) || accountName.Length == 0)
        {
            error = "The storage connection string has no AccountName.";
            return false;
        }

        if (!IsValidAccountName(accountName) && !accountName.Equals(StorageAccountEndpoints.DevelopmentAccountName, StringComparison.Ordinal))
        {
            error = "The storage connection string's AccountName must be 3 to 24 lowercase letters and digits.";
            return false;
        }

        if (!settings.TryGetValue("AccountKey", out var accountKey) || accountKey.Length == 0)
        {
            error = "The storage connection string has no AccountKey. For Entra ID, leave the connection string unset and set JobForge:Storage:AccountName instead.";
            return false;
        }

        if (!IsBase64(accountKey))
        {
            error = "The storage connection string's AccountKey is not valid base64.";
            return false;
        }

        var protocol = settings.GetValueOrDefault("DefaultEndpointsProtocol", "https");
        if (protocol is not ("https" or "http"))
        {
            error = "The storage connection string's DefaultEndpointsProtocol must be 'https' or 'http'.";
            return false;
        }

        var suffix = settings.GetValueOrDefault("EndpointSuffix", "core.windows.net");
        if (!TryEndpoint(settings, "BlobEndpoint", protocol, accountName, "blob", suffix, out var blob, out error)
            || !TryEndpoint(settings, "QueueEndpoint", protocol, accountName, "queue", suffix, out var queue, out error)
            || !TryEndpoint(settings, "TableEndpoint", protocol, accountName, "table", suffix, out var table, out error))
        {
            return false;
        }

        endpoints = new StorageAccountEndpoints(
            accountName, blob, queue, table, new StorageSharedKeyCredential(accountName, accountKey));
        return true;
    }

    /// <summary>Whether <paramref name="name"/> is a valid Azure Storage account name (3–24 lowercase letters and digits).</summary>
    public static bool IsValidAccountName(string? name) =>
        name is { Length: >= 3 and <= 24 } && name.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9'));

    private static bool TrySplit(
        string connectionString,
        out Dictionary<string, string> settings,
        [NotNullWhen(false)] out string? error)
    {
        settings = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var part in connectionString.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var equals = part.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0)
            {
                error = "The storage connection string is malformed: every setting is 'Name=Value', separated by ';'.";
                return false;
            }

            var name = part[..equals].Trim();
            var value = part[(equals + 1)..].Trim();
            if (!settings.TryAdd(name, value))
            {
                error = $"The storage connection string sets '{name}' more than once.";
                return false;
            }
        }

        if (settings.Count == 0)
        {
            error = "The storage connection string has no settings.";
            return false;
        }

        error = null;
        return true;
    }

    private static bool TryParseDevelopment(
        Dictionary<string, string> settings,
        string development,
        [NotNullWhen(true)] out StorageAccountEndpoints? endpoints,
        [NotNullWhen(false)] out string? error)
    {
        endpoints = null;
        if (!development.Equals("true", StringComparison.OrdinalIgnoreCase))
        {
            error = "UseDevelopmentStorage must be 'true' when it is set.";
            return false;
        }

        var proxy = new Uri("http://127.0.0.1");
        if (settings.TryGetValue("DevelopmentStorageProxyUri", out var proxyText)
            && (!Uri.TryCreate(proxyText, UriKind.Absolute, out proxy!) || proxy.Scheme is not ("http" or "https")))
        {
            error = "DevelopmentStorageProxyUri must be an absolute http(s) URI.";
            return false;
        }

        var account = StorageAccountEndpoints.DevelopmentAccountName;
        Uri At(int port) => new UriBuilder(proxy.Scheme, proxy.Host, port, account).Uri;
        endpoints = new StorageAccountEndpoints(
            account,
            At(10000),
            At(10001),
            At(10002),
            new StorageSharedKeyCredential(account, StorageAccountEndpoints.DevelopmentAccountKey));
        error = null;
        return true;
    }

    private static bool TryEndpoint(
        Dictionary<string, string> settings,
        string key,
        string protocol,
        string accountName,
        string service,
        string suffix,
        out Uri endpoint,
        [NotNullWhen(false)] out string? error)
    {
        if (settings.TryGetValue(key, out var explicitEndpoint))
        {
            if (!Uri.TryCreate(explicitEndpoint, UriKind.Absolute, out endpoint!) || endpoint.Scheme is not ("http" or "https"))
            {
                error = $"The storage connection string's {key} must be an absolute http(s) URI.";
                return false;
            }

            endpoint = new Uri(endpoint.ToString().TrimEnd('/'));
            error = null;
            return true;
        }

        if (!Uri.TryCreate($"{protocol}://{accountName}.{service}.{suffix}", UriKind.Absolute, out endpoint!))
        {
            error = "The storage connection string's EndpointSuffix is not a valid host name suffix.";
            return false;
        }

        error = null;
        return true;
    }

    private static bool IsBase64(string value)
    {
        Span<byte> buffer = stackalloc byte[256];
        return value.Length <= 340 && Convert.TryFromBase64String(value, buffer, out var written) && written > 0;
    }
}
