using JobForge.Application.Runs;
using JobForge.Domain.Runs;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace JobForge.Functions.Runs;

/// <summary>Registers runs as Durable orchestrations.</summary>
public static class DurableRunsServiceCollectionExtensions
{
    /// <summary>
    /// Registers the run orchestrator's deciders and plans, its activities, the scheduling client holder, the recovery
    /// scan, and the <see cref="DurableRunNotifier"/> as the <see cref="IRunWorkNotifier"/>, replacing any other (the
    /// self-hosted engine's); call it before or after <c>AddJobForgeRunEngine</c>, which supplies the step runner side
    /// (<see cref="RunStepWork"/>) and the signal sender.
    /// </summary>
    public static IServiceCollection AddJobForgeDurableRuns(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<DurableRunDeciders>();
        services.TryAddSingleton<DurableRunPlans>();
        services.TryAddSingleton<DurableRunRows>();
        services.TryAddSingleton<DurableStepCancellations>();
        services.TryAddSingleton<DurableRunClients>();
        services.TryAddSingleton<DurableRunStarter>();
        services.TryAddSingleton<DurableAttemptWatchdog>();
        services.TryAddSingleton<DurableRunRecovery>();
        services.TryAddTransient<Timers.RunRecoveryTimerFunction>(); // the scan on a timer (Timers/, next to the other ticks)
        services.TryAddSingleton<DurableRunNotifier>();
        services.RemoveAll<IRunWorkNotifier>();
        services.AddSingleton<IRunWorkNotifier>(provider => provider.GetRequiredService<DurableRunNotifier>());
        services.TryAddTransient<RunStepActivity>();
        services.TryAddTransient<RunPersistActivity>();
        services.TryAddTransient<RunTakeSignalsActivity>();
        services.TryAddTransient<RunLoadActivity>();
        services.TryAddTransient<RunCancelStepActivity>();
        return services;
    }
}
