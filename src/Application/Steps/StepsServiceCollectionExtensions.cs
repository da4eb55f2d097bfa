using JobForge.Domain.Steps;
using JobForge.Application.Steps.Handlers.AutopilotModule;
using JobForge.Application.Steps.Handlers.Http;
using JobForge.Application.Steps.Handlers.PublishEvent;
using JobForge.Application.Steps.Handlers.Transform;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace JobForge.Application.Steps;

/// <summary>Registers the step runner and the built-in step handlers.</summary>
public static class StepsServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="StepRunner"/> and the <c>transform</c>, <c>http</c>, <c>autopilot.module</c> and
    /// <c>publish_event</c> handlers (each once, whatever else registers <see cref="IStepHandler"/>s), and binds
    /// <see cref="HttpStepOptions"/> from <c>JobForge:Steps:Http</c>, validated at start-up. <c>publish_event</c> needs
    /// the event services (<c>AddJobForgeEvents</c>) and an event store.
    /// </summary>
    public static IServiceCollection AddJobForgeSteps(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton(TimeProvider.System);
        services.AddMetrics();
        services.AddOptions<HttpStepOptions>().BindConfiguration(HttpStepOptions.SectionName).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<HttpStepOptions>, HttpStepOptionsValidator>());
        services.TryAddSingleton<HttpStepClient>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IStepHandler, TransformStepHandler>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IStepHandler, HttpStepHandler>(provider => new HttpStepHandler(
            provider.GetRequiredService<HttpStepClient>(), provider.GetRequiredService<IOptions<HttpStepOptions>>(), provider.GetRequiredService<TimeProvider>())));
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IStepHandler, AutopilotModuleStepHandler>(provider => new AutopilotModuleStepHandler(
            provider.GetRequiredService<HttpStepClient>(), provider.GetRequiredService<IConfiguration>(), provider.GetRequiredService<TimeProvider>())));
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IStepHandler, PublishEventStepHandler>());
        services.TryAddSingleton<KnownSecrets>();
        services.TryAddSingleton<StepRunner>();
        return services;
    }
}
