using JobForge.Domain.Steps;
using JobForge.Application.Steps.Handlers.Command.Sandbox;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace JobForge.Application.Steps.Handlers.Command;

/// <summary>Registers the <c>command</c> step handler.</summary>
public static class CommandStepServiceCollectionExtensions
{
    /// <summary>
    /// Binds and validates <c>JobForge:Steps:Command</c> and <c>JobForge:Steps:VerifyPack</c> at start-up and adds
    /// <see cref="CommandStepHandler"/> as an <see cref="IStepHandler"/>. Needs <c>AddJobForgeFlags()</c> (the verify
    /// pack reads <c>VERIFY_PACK_ENABLED</c>). With no workspace root configured the server still starts, and every
    /// command step fails <c>invalid_input</c> naming the key to set. With one, start-up fails when no sandbox can be
    /// made here (<see cref="CommandSandboxValidator"/>) unless the operator opted out.
    /// </summary>
    public static IServiceCollection AddJobForgeCommandStep(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        if (services.Any(descriptor => descriptor.ServiceType == typeof(IStepHandler) && descriptor.ImplementationType == typeof(CommandStepHandler)))
        {
            // Binding twice would append configured stage arguments to themselves.
            return services;
        }

        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<CommandStepOptions>().BindConfiguration(CommandStepOptions.SectionName).ValidateOnStart();
        services.AddOptions<VerifyPackOptions>().BindConfiguration(VerifyPackOptions.SectionName).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<CommandStepOptions>, CommandStepOptionsValidator>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<CommandStepOptions>, CommandSandboxValidator>());
        services.TryAddSingleton<KnownSecrets>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<VerifyPackOptions>, VerifyPackOptionsValidator>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IStepHandler, CommandStepHandler>());
        return services;
    }
}
