namespace JobForge.Storage.Accounts;

/// <summary>
/// Where an Azure Storage account's services live and how to authenticate to them:
/// the result of parsing a connection string or of configuring an account name (or service URIs) for Entra ID.
/// </summary>
/// <param name="AccountName">The storage account name; <c>devstoreaccount1</c> for Azurite.</param>
/// <param name="BlobEndpoint">The Blob service endpoint, for example <c>https://acct.blob.core.windows.net</c>.</param>
/// <param name="QueueEndpoint">The Queue service endpoint.</param>
/// <param name="TableEndpoint">The Table service endpoint.</param>
/// <param name="SharedKey">The account key when the connection string carries one; null for Entra ID.</param>
public sealed record StorageAccountEndpoints(
    string AccountName,
    Uri BlobEndpoint,
    Uri QueueEndpoint,
    Uri TableEndpoint,
    StorageSharedKeyCredential? SharedKey)
{
    /// <summary>The account name and key Azurite and the legacy emulator use; public and documented, not a secret.</summary>
    public const string DevelopmentAccountName = "devstoreaccount1";

    /// <summary>The well-known development account key published in Azurite's documentation.</summary>
    public const string DevelopmentAccountKey =
        "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    /// <summary>
    /// Endpoints of an account reached with Entra ID: the standard public-cloud endpoints of <paramref name="accountName"/>.
    /// </summary>
    public static StorageAccountEndpoints ForAccountName(string accountName, string endpointSuffix = "core.windows.net")
    {
        if (!StorageConnectionString.IsValidAccountName(accountName))
        {
            throw new ArgumentException(
                "A storage account name is 3 to 24 lowercase letters and digits.", nameof(accountName));
        }

        return new StorageAccountEndpoints(
            accountName,
            new Uri($"https://{accountName}.blob.{endpointSuffix}"),
            new Uri($"https://{accountName}.queue.{endpointSuffix}"),
            new Uri($"https://{accountName}.table.{endpointSuffix}"),
            SharedKey: null);
    }

    /// <inheritdoc />
    public override string ToString() =>
        $"StorageAccountEndpoints {{ AccountName = {AccountName}, BlobEndpoint = {BlobEndpoint}, QueueEndpoint = {QueueEndpoint}, TableEndpoint = {TableEndpoint}, Auth = {(SharedKey is null ? "EntraId" : "SharedKey")} }}";
}
