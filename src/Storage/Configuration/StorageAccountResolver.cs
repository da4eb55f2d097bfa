using System.Diagnostics.CodeAnalysis;
using JobForge.Storage.Accounts;

namespace JobForge.Storage.Configuration;

/// <summary>
/// Turns <see cref="StorageOptions"/> into account endpoints, following the documented precedence
/// (connection string, then account name, then service URIs). Messages name the exact key to set.
/// </summary>
public static class StorageAccountResolver
{
    /// <summary>The message when nothing is configured.</summary>
    public const string MissingMessage =
        "No storage account is configured. Set 'JobForge:Storage:ConnectionString' (environment JobForge__Storage__ConnectionString; " +
        "'UseDevelopmentStorage=true' for Azurite) or 'AzureWebJobsStorage', or for Entra ID set 'JobForge:Storage:AccountName' " +
        "(or all of 'JobForge:Storage:BlobServiceUri', 'JobForge:Storage:QueueServiceUri' and 'JobForge:Storage:TableServiceUri').";

    /// <summary>Resolves the endpoints; on failure <paramref name="error"/> names the key to fix.</summary>
    public static bool TryResolve(
        StorageOptions options,
        [NotNullWhen(true)] out StorageAccountEndpoints? endpoints,
        [NotNullWhen(false)] out string? error)
    {
        endpoints = null;
        if (!string.IsNullOrWhiteSpace(options.ConnectionString))
        {
            if (StorageConnectionString.TryParse(options.ConnectionString, out endpoints, out var parseError))
            {
                error = null;
                return true;
            }

            error = $"'JobForge:Storage:ConnectionString' (or 'AzureWebJobsStorage') is not a valid storage connection string: {parseError}";
            return false;
        }

        if (!string.IsNullOrWhiteSpace(options.AccountName))
        {
            if (!StorageConnectionString.IsValidAccountName(options.AccountName))
            {
                error = "'JobForge:Storage:AccountName' must be 3 to 24 lowercase letters and digits.";
                return false;
            }

            endpoints = StorageAccountEndpoints.ForAccountName(options.AccountName);
            error = null;
            return true;
        }

        Uri?[] uris = [options.BlobServiceUri, options.QueueServiceUri, options.TableServiceUri];
        if (uris.All(uri => uri is null))
        {
            error = MissingMessage;
            return false;
        }

        if (uris.Any(uri => uri is null || !uri.IsAbsoluteUri || uri.Scheme is not ("https" or "http")))
        {
            error = "Set all three of 'JobForge:Storage:BlobServiceUri', 'JobForge:Storage:QueueServiceUri' and 'JobForge:Storage:TableServiceUri' as absolute http(s) URIs, or set 'JobForge:Storage:AccountName' instead.";
            return false;
        }

        var blob = options.BlobServiceUri!;
        var accountName = blob.Host.Split('.')[0];
        endpoints = new StorageAccountEndpoints(accountName, blob, options.QueueServiceUri!, options.TableServiceUri!, SharedKey: null);
        error = null;
        return true;
    }
}
