using JobForge.Application.Events;
using JobForge.Application.Policy;
using JobForge.Application.Publishing;
using JobForge.Application.Runs;
using JobForge.Application.Triggers;
using Microsoft.Extensions.Options;

namespace JobForge.Server.Hosting;

/// <summary>
/// The self-hosted server's background loops: the run engine, the trigger scheduler, the outbox dispatcher and the
/// retention sweeps run as hosted services for as long as the process lives. The Functions app runs the same ticks from
/// timer functions instead, so nothing here is registered by the shared <c>AddJobForge…</c> methods.
/// </summary>
public static class BackgroundLoopsServiceCollectionExtensions
{
    /// <summary>Registers each loop as an <see cref="IHostedService"/>; call after the shared registrations.</summary>
    public static IServiceCollection AddJobForgeBackgroundLoops(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddHostedService(provider => provider.GetRequiredService<RunEngine>());
        services.AddSingleton<IHostedService>(provider => provider.GetRequiredService<IOptions<TriggerSchedulerOptions>>().Value.Enabled
            ? provider.GetRequiredService<TriggerScheduler>()
            : new TriggerSchedulerOffNotice());
        services.AddSingleton(OutboxLoop);
        services.AddHostedService(provider => provider.GetRequiredService<EventRetentionSweeper>());
        services.AddHostedService(provider => provider.GetRequiredService<PolicyRevocationSweeper>());
        return services;
    }

    /// <summary>
    /// The outbox loop: the dispatcher whenever <see cref="OutboxDispatch"/> says it is needed (a publishing mode, or outbox
    /// observers such as event triggers, even with the mode <c>None</c>), otherwise a notice that publishing is off.
    /// </summary>
    public static IHostedService OutboxLoop(IServiceProvider provider) =>
        OutboxDispatch.IsNeeded(provider)
            ? provider.GetRequiredService<OutboxDispatcher>()
            : new PublishingOffNotice(provider.GetRequiredService<ILogger<OutboxDispatcher>>());
}
