using JobForge.Domain.Events;
using JobForge.Storage.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace JobForge.Storage.Events;

/// <summary>Registers the Table-backed event store.</summary>
public static class EventStoreServiceCollectionExtensions
{
    /// <summary>
    /// Binds <see cref="EventStoreOptions"/> from <c>JobForge:EventStore</c> and registers one <see cref="TableEventStore"/>
    /// (on the <see cref="StorageClients"/> that <c>AddJobForgeStorage</c> registers) as <see cref="IEventStore"/> and
    /// <see cref="IEventOutbox"/>.
    /// </summary>
    public static IServiceCollection AddJobForgeEventStore(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions<EventStoreOptions>().BindConfiguration(EventStoreOptions.SectionName).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<EventStoreOptions>, EventStoreOptionsValidator>());
        services.TryAddSingleton(provider =>
        {
            var clients = provider.GetRequiredService<StorageClients>();
            return new TableEventStore(
                clients.Tables,
                clients.Blobs,
                provider.GetRequiredService<IOptions<EventStoreOptions>>().Value,
                provider.GetRequiredService<ILogger<TableEventStore>>());
        });
        services.TryAddSingleton<IEventStore>(provider => provider.GetRequiredService<TableEventStore>());
        services.TryAddSingleton<IEventOutbox>(provider => provider.GetRequiredService<TableEventStore>());
        return services;
    }
}
