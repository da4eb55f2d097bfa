using JobForge.Application.Publishing;
using JobForge.Storage.Configuration;
using JobForge.Storage.Triggers;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace JobForge.Application.Triggers;

/// <summary>Registers triggers: storage, the evaluator, the scheduler and the outbox observer for event triggers.</summary>
public static class TriggersServiceCollectionExtensions
{
    /// <summary>
    /// Adds the trigger stores (<c>JobForge:Triggers</c>), validated <see cref="TriggerSchedulerOptions"/>
    /// (<c>JobForge:Triggers:Scheduler</c>), <see cref="TriggerEvaluator"/>, <see cref="TriggerScheduler"/> (each host decides what
    /// ticks it) with a <see cref="BlobSchedulerLease"/> unless an <see cref="ISchedulerLease"/>
    /// is registered, and <see cref="TriggerOutboxObserver"/>. Needs the jobs, templates, policy, flags and audit registrations.
    /// </summary>
    public static IServiceCollection AddJobForgeTriggers(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddJobForgeTriggerStorage();
        services.AddOptions<TriggerSchedulerOptions>().BindConfiguration(TriggerSchedulerOptions.SectionName).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<TriggerSchedulerOptions>, TriggerSchedulerOptionsValidator>());
        services.TryAddSingleton<EventTriggerIndex>();
        services.TryAddSingleton<TriggerChangeSignal>();
        services.TryAddSingleton<TriggerJobRequester>();
        services.TryAddSingleton<TriggerEvaluator>();
        services.TryAddSingleton<ISchedulerLease>(provider =>
        {
            var options = provider.GetRequiredService<IOptions<TriggerSchedulerOptions>>().Value;
            var container = provider.GetRequiredService<StorageClients>().Blobs.GetBlobContainerClient(options.LeaseContainer);
            return new BlobSchedulerLease(container, options.LeaseBlob, options.LeaseDuration);
        });
        services.TryAddSingleton<TriggerScheduler>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IOutboxObserver, TriggerOutboxObserver>());
        return services;
    }
}
