namespace JobForge.Storage.Configuration;

/// <summary>
/// The storage settings an Azure Functions app already has: <c>AzureWebJobsStorage</c> as a connection string, or the
/// identity-based <c>AzureWebJobsStorage__accountName</c> / <c>__blobServiceUri</c> / <c>__queueServiceUri</c> /
/// <c>__tableServiceUri</c> with <c>__credential</c> (<c>managedidentity</c>) and <c>__clientId</c>.
/// </summary>
public sealed class FunctionsStorageSettings
{
    /// <summary>The configuration key (and section) Functions keeps its storage in.</summary>
    public const string Key = "AzureWebJobsStorage";

    /// <summary>The value of <c>AzureWebJobsStorage</c> itself: a storage connection string.</summary>
    public string? ConnectionString { get; set; }

    /// <summary><c>AzureWebJobsStorage__accountName</c>: the account's public-cloud endpoints.</summary>
    public string? AccountName { get; set; }

    /// <summary><c>AzureWebJobsStorage__blobServiceUri</c>.</summary>
    public Uri? BlobServiceUri { get; set; }

    /// <summary><c>AzureWebJobsStorage__queueServiceUri</c>.</summary>
    public Uri? QueueServiceUri { get; set; }

    /// <summary><c>AzureWebJobsStorage__tableServiceUri</c>.</summary>
    public Uri? TableServiceUri { get; set; }

    /// <summary><c>AzureWebJobsStorage__credential</c>: <c>managedidentity</c>, or empty for the default credential chain.</summary>
    public string? Credential { get; set; }

    /// <summary><c>AzureWebJobsStorage__clientId</c>: a user-assigned managed identity's client id.</summary>
    public string? ClientId { get; set; }

    /// <summary>Whether any identity-based key is set.</summary>
    public bool HasIdentitySettings =>
        !string.IsNullOrWhiteSpace(AccountName) || BlobServiceUri is not null || QueueServiceUri is not null || TableServiceUri is not null;
}
