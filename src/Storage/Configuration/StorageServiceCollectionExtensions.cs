using Azure.Core;
using Azure.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using JobForge.Storage.Health;
using JobForge.Storage.Diagnostics;

namespace JobForge.Storage.Configuration;

/// <summary>Registers JobForge's storage: validated options, the three service clients and the health probe.</summary>
public static class StorageServiceCollectionExtensions
{
    /// <summary>
    /// Binds <c>JobForge:Storage</c> (falling back to <c>AzureWebJobsStorage</c> for the connection string), validates it at
    /// start-up, and registers <see cref="StorageClients"/> and <see cref="StorageHealthProbe"/>. Entra ID uses
    /// <see cref="DefaultAzureCredential"/> unless a <see cref="TokenCredential"/> is registered first.
    /// </summary>
    public static IServiceCollection AddJobForgeStorage(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<StorageOptions>()
            .BindConfiguration(StorageOptions.SectionName)
            .Configure<IConfiguration>((options, configuration) =>
            {
                if (string.IsNullOrWhiteSpace(options.ConnectionString))
                {
                    options.ConnectionString = configuration[StorageOptions.FunctionsStorageKey];
                }
            })
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<StorageOptions>, StorageOptionsValidator>());

        services.TryAddSingleton(provider =>
        {
            var options = provider.GetRequiredService<IOptions<StorageOptions>>().Value;
            if (!StorageAccountResolver.TryResolve(options, out var endpoints, out var error))
            {
                throw new OptionsValidationException(StorageOptions.SectionName, typeof(StorageOptions), [error]);
            }

            var credential = endpoints.SharedKey is null
                ? provider.GetService<TokenCredential>() ?? new DefaultAzureCredential(new DefaultAzureCredentialOptions
                {
                    ManagedIdentityClientId = string.IsNullOrWhiteSpace(options.ManagedIdentityClientId) ? null : options.ManagedIdentityClientId,
                })
                : null;
            return new StorageClients(endpoints, credential, options, provider.GetRequiredService<TimeProvider>(),
                provider.GetService<IStorageRequestObserver>());
        });
        services.TryAddSingleton<StorageHealthProbe>();
        return services;
    }
}
