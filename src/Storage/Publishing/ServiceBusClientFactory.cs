using Azure.Core;
using Azure.Identity;
using Azure.Messaging.ServiceBus;

namespace JobForge.Storage.Publishing;

/// <summary>
/// The <see cref="ServiceBusClient"/> for <see cref="ServiceBusPublishingOptions"/>: the connection string wins; else the
/// namespace with managed identity (<c>Credential</c> = <c>managedidentity</c>, <c>ClientId</c> for a user-assigned
/// one), else the <see cref="TokenCredential"/> registered in DI, else <see cref="DefaultAzureCredential"/>.
/// </summary>
public static class ServiceBusClientFactory
{
    /// <summary>Creates the client; the options were validated at start-up.</summary>
    /// <exception cref="InvalidOperationException">Neither a connection string nor a namespace is set.</exception>
    public static ServiceBusClient Create(ServiceBusPublishingOptions options, ServiceBusClientOptions clientOptions, TokenCredential? registeredCredential)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(clientOptions);
        if (!string.IsNullOrWhiteSpace(options.ConnectionString))
        {
            return new ServiceBusClient(options.ConnectionString, clientOptions);
        }

        var endpoint = PublishingOptionsValidator.NamespaceEndpoint(options.FullyQualifiedNamespace)
            ?? throw new InvalidOperationException(
                $"Set '{PublishingOptions.SectionName}:ServiceBus:ConnectionString' or '{PublishingOptions.SectionName}:ServiceBus:FullyQualifiedNamespace'.");
        return new ServiceBusClient(endpoint.Host, Credential(options, registeredCredential), clientOptions);
    }

    /// <summary>The credential for namespace access, in the order the type's summary gives.</summary>
    public static TokenCredential Credential(ServiceBusPublishingOptions options, TokenCredential? registeredCredential)
    {
        ArgumentNullException.ThrowIfNull(options);
        var clientId = string.IsNullOrWhiteSpace(options.ClientId) ? null : options.ClientId.Trim();
        if (string.Equals(options.Credential?.Trim(), ServiceBusPublishingOptions.ManagedIdentityCredential, StringComparison.OrdinalIgnoreCase))
        {
            return new ManagedIdentityCredential(clientId is null
                ? ManagedIdentityId.SystemAssigned
                : ManagedIdentityId.FromUserAssignedClientId(clientId));
        }

        return registeredCredential ?? new DefaultAzureCredential(new DefaultAzureCredentialOptions { ManagedIdentityClientId = clientId });
    }
}
