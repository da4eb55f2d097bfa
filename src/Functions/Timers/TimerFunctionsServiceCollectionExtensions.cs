using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace JobForge.Functions.Timers;

/// <summary>Registers what the timer functions need beyond the shared <c>AddJobForge…</c> registrations.</summary>
public static class TimerFunctionsServiceCollectionExtensions
{
    /// <summary>
    /// Adds the system <see cref="TimeProvider"/> (unless one is registered) and the timer function classes, so the
    /// worker and tests resolve them from the container. The ticks they call (scheduler, outbox dispatcher, sweepers) come
    /// from the shared registrations; nothing here is a hosted service: on Functions the timers are the loops.
    /// </summary>
    public static IServiceCollection AddJobForgeTimerFunctions(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddTransient<TriggerSchedulerTimerFunction>();
        services.TryAddTransient<OutboxTimerFunction>();
        services.TryAddTransient<SweepTimerFunctions>();
        services.TryAddSingleton<Runs.DurableRunClients>(); // the scheduler and outbox timers put their Durable client in scope
        return services;
    }
}
