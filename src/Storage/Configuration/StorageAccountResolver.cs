using System.Diagnostics.CodeAnalysis;
using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;

namespace JobForge.Storage.Configuration;

/// <summary>
/// Turns <see cref="StorageOptions"/> into a <see cref="StorageConnection"/>, following the documented precedence:
/// <c>JobForge:Storage:ConnectionString</c>, <c>AzureWebJobsStorage</c> (a connection string),
/// <c>JobForge:Storage:AccountName</c>, the three <c>JobForge:Storage:*ServiceUri</c>, then the Functions identity-based
/// <c>AzureWebJobsStorage__accountName</c> / <c>__blobServiceUri</c> / <c>__queueServiceUri</c> / <c>__tableServiceUri</c>.
/// Messages name the exact key to set and never echo a value.
/// </summary>
public static class StorageAccountResolver
{
    /// <summary>The message when nothing is configured.</summary>
    public const string MissingMessage =
        "No storage account is configured. Set 'JobForge:Storage:ConnectionString' (environment JobForge__Storage__ConnectionString; " +
        "'UseDevelopmentStorage=true' for Azurite) or 'AzureWebJobsStorage', or for Entra ID set 'JobForge:Storage:AccountName' " +
        "(or all of 'JobForge:Storage:BlobServiceUri', 'JobForge:Storage:QueueServiceUri' and 'JobForge:Storage:TableServiceUri') " +
        "or 'AzureWebJobsStorage__accountName' (with 'AzureWebJobsStorage__credential' = managedidentity and 'AzureWebJobsStorage__clientId').";

    private const string FunctionsIdentityPrefix = "AzureWebJobsStorage__";

    /// <summary>Resolves the connection; on failure <paramref name="error"/> names the key to fix.</summary>
    public static bool TryResolve(
        StorageOptions options,
        [NotNullWhen(true)] out StorageConnection? connection,
        [NotNullWhen(false)] out string? error)
    {
        ArgumentNullException.ThrowIfNull(options);
        var functions = options.Functions;
        connection = null;
        if (!string.IsNullOrWhiteSpace(options.ConnectionString))
        {
            return TryConnectionString("JobForge:Storage:ConnectionString", options.ConnectionString, out connection, out error);
        }

        if (!string.IsNullOrWhiteSpace(functions.ConnectionString))
        {
            return TryConnectionString(FunctionsStorageSettings.Key, functions.ConnectionString, out connection, out error);
        }

        var clientId = Blank(options.ManagedIdentityClientId);
        if (!string.IsNullOrWhiteSpace(options.AccountName))
        {
            return TryAccountName("JobForge:Storage:AccountName", options.AccountName, managedIdentity: false, clientId, out connection, out error);
        }

        Uri?[] uris = [options.BlobServiceUri, options.QueueServiceUri, options.TableServiceUri];
        if (uris.Any(uri => uri is not null))
        {
            if (uris.Any(uri => !IsHttpUri(uri)))
            {
                error = "Set all three of 'JobForge:Storage:BlobServiceUri', 'JobForge:Storage:QueueServiceUri' and 'JobForge:Storage:TableServiceUri' as absolute http(s) URIs, or set 'JobForge:Storage:AccountName' instead.";
                return false;
            }

            connection = new StorageConnection("JobForge:Storage:ServiceUri", null, options.BlobServiceUri, options.QueueServiceUri, options.TableServiceUri, false, clientId);
            error = null;
            return true;
        }

        if (functions.HasIdentitySettings)
        {
            return TryFunctionsIdentity(functions, out connection, out error);
        }

        error = MissingMessage;
        return false;
    }

    private static bool TryConnectionString(string key, string value, [NotNullWhen(true)] out StorageConnection? connection, [NotNullWhen(false)] out string? error)
    {
        connection = null;
        if (!value.Contains("UseDevelopmentStorage", StringComparison.OrdinalIgnoreCase))
        {
            var accountName = AccountNameOf(value);
            if (accountName is not null && !IsValidAccountName(accountName))
            {
                error = $"'{key}' is not a valid storage connection string: its AccountName must be 3 to 24 lowercase letters and digits.";
                return false;
            }
        }

        try
        {
            // The clients' own parsers decide; constructing one makes no request.
            _ = new TableServiceClient(value);
            _ = new BlobServiceClient(value);
            _ = new QueueServiceClient(value);
        }
        catch (Exception ex) when (ex is FormatException or ArgumentException or InvalidOperationException or UriFormatException)
        {
            // The exception text may quote the value; it stays out of the message.
            error = $"'{key}' is not a valid storage connection string: set 'UseDevelopmentStorage=true' or 'DefaultEndpointsProtocol=https;AccountName=…;AccountKey=…;EndpointSuffix=core.windows.net'.";
            return false;
        }

        connection = new StorageConnection(key, value, null, null, null, false, null);
        error = null;
        return true;
    }

    private static bool TryAccountName(string key, string accountName, bool managedIdentity, string? clientId, [NotNullWhen(true)] out StorageConnection? connection, [NotNullWhen(false)] out string? error)
    {
        connection = null;
        if (!IsValidAccountName(accountName))
        {
            error = $"'{key}' must be 3 to 24 lowercase letters and digits.";
            return false;
        }

        connection = new StorageConnection(key, null, PublicEndpoint(accountName, "blob"), PublicEndpoint(accountName, "queue"), PublicEndpoint(accountName, "table"), managedIdentity, clientId);
        error = null;
        return true;
    }

    private static bool TryFunctionsIdentity(FunctionsStorageSettings functions, [NotNullWhen(true)] out StorageConnection? connection, [NotNullWhen(false)] out string? error)
    {
        connection = null;
        var credential = Blank(functions.Credential);
        if (credential is not null && !string.Equals(credential, "managedidentity", StringComparison.OrdinalIgnoreCase))
        {
            error = $"'{FunctionsIdentityPrefix}credential' must be 'managedidentity' or unset (the default credential chain).";
            return false;
        }

        var managedIdentity = credential is not null;
        var clientId = Blank(functions.ClientId);
        var accountName = Blank(functions.AccountName);
        if (accountName is not null && !IsValidAccountName(accountName))
        {
            error = $"'{FunctionsIdentityPrefix}accountName' must be 3 to 24 lowercase letters and digits.";
            return false;
        }

        var blob = functions.BlobServiceUri ?? (accountName is null ? null : PublicEndpoint(accountName, "blob"));
        var queue = functions.QueueServiceUri ?? (accountName is null ? null : PublicEndpoint(accountName, "queue"));
        var table = functions.TableServiceUri ?? (accountName is null ? null : PublicEndpoint(accountName, "table"));
        foreach (var (name, uri) in new[] { ("blobServiceUri", blob), ("queueServiceUri", queue), ("tableServiceUri", table) })
        {
            if (!IsHttpUri(uri))
            {
                error = $"Set '{FunctionsIdentityPrefix}{name}' as an absolute http(s) URI, or set '{FunctionsIdentityPrefix}accountName' for the public-cloud endpoints.";
                return false;
            }
        }

        var source = accountName is not null && functions.BlobServiceUri is null ? "AzureWebJobsStorage:accountName" : "AzureWebJobsStorage:serviceUri";
        connection = new StorageConnection(source, null, blob, queue, table, managedIdentity, clientId);
        error = null;
        return true;
    }

    private static string? AccountNameOf(string connectionString)
    {
        foreach (var part in connectionString.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var equals = part.IndexOf('=', StringComparison.Ordinal);
            if (equals > 0 && string.Equals(part[..equals].Trim(), "AccountName", StringComparison.OrdinalIgnoreCase))
            {
                return part[(equals + 1)..].Trim();
            }
        }

        return null;
    }

    private static bool IsValidAccountName(string name) =>
        name.Length is >= 3 and <= 24 && name.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9'));

    private static bool IsHttpUri([NotNullWhen(true)] Uri? uri) => uri is not null && uri.IsAbsoluteUri && uri.Scheme is "https" or "http";

    private static Uri PublicEndpoint(string accountName, string service) => new($"https://{accountName}.{service}.core.windows.net");

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
