using JobForge.Domain.Events;
using JobForge.Application.Identity;
using JobForge.Storage.Protection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace JobForge.Application.Events;

/// <summary>Registers event ingestion: options, id generation, field encryption and the retention sweep.</summary>
public static class EventsServiceCollectionExtensions
{
    /// <summary>Adds the event endpoints' services. The store itself comes from the storage registration.</summary>
    public static IServiceCollection AddJobForgeEvents(this IServiceCollection services)
    {
        services.AddOptions<EventsOptions>().BindConfiguration(EventsOptions.SectionName).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<EventsOptions>, EventsOptionsValidator>());
        services.TryAddSingleton<IIdGenerator, RandomIdGenerator>();
        services.AddJobForgeFieldProtection();
        services.TryAddSingleton<EventIngestor>();
        services.TryAddSingleton<EventRetentionSweeper>();
        return services;
    }
}
