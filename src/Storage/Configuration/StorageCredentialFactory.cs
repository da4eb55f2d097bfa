using Azure.Core;
using Azure.Identity;

namespace JobForge.Storage.Configuration;

/// <summary>
/// The Entra ID credential of a <see cref="StorageConnection"/>: <see cref="ManagedIdentityCredential"/> for Functions'
/// <c>__credential=managedidentity</c> (with <c>__clientId</c> for a user-assigned identity), otherwise
/// <see cref="DefaultAzureCredential"/> (managed identity in Azure, developer sign-in locally). Creating one makes no request.
/// </summary>
public static class StorageCredentialFactory
{
    /// <summary>The credential for <paramref name="connection"/>.</summary>
    public static TokenCredential Create(StorageConnection connection)
    {
        ArgumentNullException.ThrowIfNull(connection);
        if (connection.ManagedIdentity)
        {
            return new ManagedIdentityCredential(connection.ClientId is { } clientId
                ? ManagedIdentityId.FromUserAssignedClientId(clientId)
                : ManagedIdentityId.SystemAssigned);
        }

        return new DefaultAzureCredential(new DefaultAzureCredentialOptions { ManagedIdentityClientId = connection.ClientId });
    }
}
