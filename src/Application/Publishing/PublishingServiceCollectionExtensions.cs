using JobForge.Domain.Events;
using JobForge.Storage.Configuration;
using JobForge.Storage.Publishing;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace JobForge.Application.Publishing;

/// <summary>Registers event publishing: validated <see cref="PublishingOptions"/>, the publisher, and the outbox dispatcher.</summary>
public static class PublishingServiceCollectionExtensions
{
    /// <summary>
    /// Binds and validates <c>JobForge:Publishing</c> at start-up; registers the <see cref="IEventPublisher"/> the mode
    /// selects (unless one is registered first; <see cref="ObserveOnlyEventPublisher"/> for <c>None</c>) and the
    /// <see cref="OutboxDispatcher"/> (each host decides what ticks it, by <see cref="OutboxDispatch"/>). The
    /// dispatcher needs an <see cref="IEventOutbox"/> (the event store registers it).
    /// </summary>
    public static IServiceCollection AddJobForgePublishing(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<PublishingOptions>().BindConfiguration(PublishingOptions.SectionName).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<PublishingOptions>, PublishingOptionsValidator>());
        services.AddJobForgeServiceBusSender();
        services.TryAddSingleton<IEventPublisher>(provider => provider.GetRequiredService<IOptions<PublishingOptions>>().Value is { Mode: PublishingMode.None }
            ? new ObserveOnlyEventPublisher()
            : EventPublisherFactory.Create(
                provider.GetRequiredService<IOptions<PublishingOptions>>().Value,
                provider.GetRequiredService<StorageClients>,
                provider.GetServiceBusSender));
        services.TryAddSingleton(provider => new OutboxDispatcher(
            provider.GetService<IEventOutbox>() ?? throw new InvalidOperationException(
                $"'{PublishingOptions.SectionName}:Mode' asks for publishing or an outbox observer (event triggers) is registered, but no event outbox is registered: register the event store before starting."),
            provider.GetRequiredService<IEventPublisher>(),
            provider.GetRequiredService<IOptions<PublishingOptions>>(),
            provider.GetRequiredService<TimeProvider>(),
            provider.GetRequiredService<ILogger<OutboxDispatcher>>(),
            provider.GetServices<IOutboxObserver>()));
        return services;
    }
}
