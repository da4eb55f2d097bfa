using JobForge.Domain.Runs;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace JobForge.Application.Runs;

/// <summary>Registers the self-hosted run engine.</summary>
public static class RunEngineServiceCollectionExtensions
{
    /// <summary>
    /// Binds and validates <see cref="RunEngineOptions"/> (<c>JobForge:Engine</c>) and registers the engine (the self-hosted driver; the
    /// server runs it as a hosted service) as the <see cref="IRunWorkNotifier"/>, with its executor, plan cache, secrets and signal sender, and the
    /// replay dry-run executor (<see cref="RunReplayExecutor"/>).
    /// Needs the run store, step runner and artifact registrations.
    /// </summary>
    public static IServiceCollection AddJobForgeRunEngine(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions<RunEngineOptions>().BindConfiguration(RunEngineOptions.SectionName).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<RunEngineOptions>, RunEngineOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<RunPlanCache>();
        services.TryAddSingleton<RunSecrets>();
        services.TryAddSingleton<RunWorkerIdentity>();
        services.TryAddSingleton<RunEvidence>();
        services.TryAddSingleton<IRunLifecyclePublisher, RunLifecyclePublisher>();
        services.TryAddSingleton(provider => new RunExecutor(
            provider.GetRequiredService<IRunExecutionStore>(),
            provider.GetRequiredService<Steps.StepRunner>(),
            provider.GetRequiredService<RunPlanCache>(),
            provider.GetRequiredService<IRunLifecyclePublisher>(),
            provider.GetRequiredService<RunEvidence>(),
            provider.GetRequiredService<RunSecrets>(),
            provider.GetRequiredService<TimeProvider>(),
            provider.GetRequiredService<IOptions<RunEngineOptions>>(),
            provider.GetRequiredService<RunWorkerIdentity>(),
            provider.GetRequiredService<ILogger<RunExecutor>>()));
        services.TryAddSingleton(provider => new RunStepWork(
            provider.GetRequiredService<Steps.StepRunner>(),
            provider.GetRequiredService<RunEvidence>(),
            provider.GetRequiredService<RunSecrets>(),
            provider.GetRequiredService<IRunLifecyclePublisher>(),
            provider.GetRequiredService<TimeProvider>()));
        services.TryAddSingleton<RunEngine>();
        services.TryAddSingleton<IRunWorkNotifier>(provider => provider.GetRequiredService<RunEngine>());
        services.TryAddSingleton<RunSignalSender>();
        // Replace the artifacts' 503 placeholder, but keep any executor registered on purpose (tests' fakes).
        foreach (var placeholder in services.Where(d => d.ServiceType == typeof(Domain.Artifacts.IReplayExecutor) && d.ImplementationType == typeof(Artifacts.UnavailableReplayExecutor)).ToList())
        {
            services.Remove(placeholder);
        }

        services.TryAddSingleton<Domain.Artifacts.IReplayExecutor, RunReplayExecutor>();
        return services;
    }
}
