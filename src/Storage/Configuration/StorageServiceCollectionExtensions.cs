using Azure.Core;
using Azure.Core.Pipeline;
using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;
using JobForge.Storage.Diagnostics;
using JobForge.Storage.Health;
using Microsoft.Extensions.Azure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace JobForge.Storage.Configuration;

/// <summary>Registers JobForge's storage: validated options, the three official service clients and the health probe.</summary>
public static class StorageServiceCollectionExtensions
{
    /// <summary>
    /// Binds <c>JobForge:Storage</c> and the Functions <c>AzureWebJobsStorage</c> settings, validates them at start-up, and
    /// registers <see cref="TableServiceClient"/>, <see cref="BlobServiceClient"/> and <see cref="QueueServiceClient"/> once
    /// through Microsoft.Extensions.Azure (<c>AddAzureClients</c>), plus <see cref="StorageClients"/> and
    /// <see cref="StorageHealthProbe"/>. Entra ID uses a registered <see cref="TokenCredential"/> if there is one, else
    /// <see cref="StorageCredentialFactory"/>. A registered <see cref="IStorageRequestObserver"/> sees every attempt; table
    /// attempts feed <see cref="StorageLatencyMonitor"/> (admission's <c>IStorageLatency</c>).
    /// </summary>
    public static IServiceCollection AddJobForgeStorage(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        if (services.Any(descriptor => descriptor.ServiceType == typeof(StorageClients)))
        {
            return services;
        }

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(provider => new StorageLatencyMonitor(provider.GetRequiredService<TimeProvider>()));
        services.TryAddSingleton<JobForge.Domain.Admission.IStorageLatency>(provider => provider.GetRequiredService<StorageLatencyMonitor>());
        services.AddOptions<StorageOptions>()
            .BindConfiguration(StorageOptions.SectionName)
            .Configure<IConfiguration>((options, configuration) =>
            {
                var section = configuration.GetSection(FunctionsStorageSettings.Key);
                section.Bind(options.Functions);
                options.Functions.ConnectionString = section.Value;
            })
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<StorageOptions>, StorageOptionsValidator>());
        services.TryAddSingleton(provider =>
        {
            var options = provider.GetRequiredService<IOptions<StorageOptions>>().Value;
            return StorageAccountResolver.TryResolve(options, out var connection, out var error)
                ? connection
                : throw new OptionsValidationException(StorageOptions.SectionName, typeof(StorageOptions), [error]);
        });

        services.AddAzureClients(builder =>
        {
            builder.UseCredential(provider =>
                provider.GetService<TokenCredential>() ?? StorageCredentialFactory.Create(provider.GetRequiredService<StorageConnection>()));
            builder.AddClient<TableServiceClient, TableClientOptions>((options, credential, provider) =>
                    Connection(provider) is { ConnectionString: { } connectionString }
                        ? new TableServiceClient(connectionString, options)
                        : new TableServiceClient(Connection(provider).TableServiceUri!, credential, options))
                .ConfigureOptions(Configure);
            builder.AddClient<BlobServiceClient, BlobClientOptions>((options, credential, provider) =>
                    Connection(provider) is { ConnectionString: { } connectionString }
                        ? new BlobServiceClient(connectionString, options)
                        : new BlobServiceClient(Connection(provider).BlobServiceUri!, credential, options))
                .WithVersion(StorageClientOptionsFactory.BlobServiceVersion)
                .ConfigureOptions(Configure);
            builder.AddClient<QueueServiceClient, QueueClientOptions>((options, credential, provider) =>
                    Connection(provider) is { ConnectionString: { } connectionString }
                        ? new QueueServiceClient(connectionString, options)
                        : new QueueServiceClient(Connection(provider).QueueServiceUri!, credential, options))
                .WithVersion(StorageClientOptionsFactory.QueueServiceVersion)
                .ConfigureOptions(Configure);
        });

        services.TryAddSingleton(provider => new StorageClients(
            provider.GetRequiredService<TableServiceClient>(),
            provider.GetRequiredService<BlobServiceClient>(),
            provider.GetRequiredService<QueueServiceClient>()));
        services.TryAddSingleton<StorageHealthProbe>();
        return services;
    }

    private static StorageConnection Connection(IServiceProvider provider) => provider.GetRequiredService<StorageConnection>();

    private static void Configure(ClientOptions clientOptions, IServiceProvider provider)
    {
        var options = provider.GetRequiredService<IOptions<StorageOptions>>().Value;
        var logger = provider.GetService<ILoggerFactory>()?.CreateLogger("JobForge.Storage.Http") ?? NullLogger.Instance;
        List<HttpPipelinePolicy> policies = [new StorageHttpLoggingPolicy(logger)];
        if (provider.GetService<IStorageRequestObserver>() is { } observer)
        {
            policies.Add(new StorageRequestObserverPolicy(observer));
        }

        if (clientOptions is TableClientOptions)
        {
            policies.Add(new StorageLatencyPolicy(provider.GetRequiredService<StorageLatencyMonitor>()));
        }

        StorageClientOptionsFactory.Configure(clientOptions, options, policies);
    }
}
