using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace JobForge.Application.Jobs;

/// <summary>Registers what the run streams need.</summary>
public static class RunStreamServiceCollectionExtensions
{
    /// <summary>Binds and validates <see cref="RunStreamOptions"/> (<c>JobForge:Streams</c>).</summary>
    public static IServiceCollection AddJobForgeRunStreams(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions<RunStreamOptions>().BindConfiguration(RunStreamOptions.SectionName).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<RunStreamOptions>, RunStreamOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        return services;
    }
}
