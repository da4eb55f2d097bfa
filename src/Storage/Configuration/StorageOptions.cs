namespace JobForge.Storage.Configuration;

/// <summary>
/// Where JobForge's storage account is, bound from <c>JobForge:Storage</c>.
/// Precedence (<see cref="StorageAccountResolver"/>): <see cref="ConnectionString"/>, then the <c>AzureWebJobsStorage</c>
/// connection string (as Azure Functions apps use), then Entra ID with <see cref="AccountName"/> or the three service URIs,
/// then Functions' identity-based <c>AzureWebJobsStorage__*</c> keys (<see cref="Functions"/>).
/// </summary>
public sealed class StorageOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "JobForge:Storage";


    /// <summary>
    /// A storage connection string: <c>UseDevelopmentStorage=true</c> for Azurite, or a full account string with
    /// <c>AccountName</c> and <c>AccountKey</c>. Key: <c>JobForge:Storage:ConnectionString</c>
    /// (environment <c>JobForge__Storage__ConnectionString</c>).
    /// </summary>
    public string? ConnectionString { get; set; }

    /// <summary>The account name, for Entra ID (managed identity) access to the public-cloud endpoints.</summary>
    public string? AccountName { get; set; }

    /// <summary>The Blob service URI, for Entra ID access to other clouds or private endpoints (all three URIs together).</summary>
    public Uri? BlobServiceUri { get; set; }

    /// <summary>The Queue service URI (with <see cref="BlobServiceUri"/> and <see cref="TableServiceUri"/>).</summary>
    public Uri? QueueServiceUri { get; set; }

    /// <summary>The Table service URI (with <see cref="BlobServiceUri"/> and <see cref="QueueServiceUri"/>).</summary>
    public Uri? TableServiceUri { get; set; }

    /// <summary>The client id of a user-assigned managed identity; empty for the system-assigned one or developer credentials.</summary>
    public string? ManagedIdentityClientId { get; set; }

    /// <summary>How many times a transient storage failure (408, 429, 5xx, network) is retried. Default 3.</summary>
    public int MaxRetries { get; set; } = 3;

    /// <summary>The timeout of one storage request attempt. Default 30 s.</summary>
    public TimeSpan NetworkTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The <c>AzureWebJobsStorage</c> settings (filled from that key and section, not from <c>JobForge:Storage</c>).</summary>
    public FunctionsStorageSettings Functions { get; set; } = new();
}
