namespace JobForge.Storage.Configuration;

/// <summary>
/// The resolved storage account: a connection string, or three service URIs reached with Entra ID.
/// <see cref="Source"/> names the configuration key it came from (never its value).
/// </summary>
/// <param name="Source">The key that won, e.g. <c>JobForge:Storage:ConnectionString</c> or <c>AzureWebJobsStorage:accountName</c>.</param>
/// <param name="ConnectionString">The connection string (Shared Key or Azurite); null for Entra ID.</param>
/// <param name="BlobServiceUri">The Blob endpoint for Entra ID.</param>
/// <param name="QueueServiceUri">The Queue endpoint for Entra ID.</param>
/// <param name="TableServiceUri">The Table endpoint for Entra ID.</param>
/// <param name="ManagedIdentity">Use <c>ManagedIdentityCredential</c> (Functions' <c>__credential=managedidentity</c>) instead of <c>DefaultAzureCredential</c>.</param>
/// <param name="ClientId">A user-assigned managed identity's client id, or null.</param>
public sealed record StorageConnection(
    string Source,
    string? ConnectionString,
    Uri? BlobServiceUri,
    Uri? QueueServiceUri,
    Uri? TableServiceUri,
    bool ManagedIdentity,
    string? ClientId)
{
    /// <summary>Whether the clients authenticate with Entra ID (no connection string).</summary>
    public bool UsesTokenCredential => ConnectionString is null;

    /// <inheritdoc />
    public override string ToString() =>
        $"StorageConnection {{ Source = {Source}, Auth = {(UsesTokenCredential ? "EntraId" : "ConnectionString")}, Blob = {BlobServiceUri}, Queue = {QueueServiceUri}, Table = {TableServiceUri} }}";
}
