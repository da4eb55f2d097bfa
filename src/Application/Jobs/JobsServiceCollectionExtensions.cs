using JobForge.Domain.Runs;
using JobForge.Storage.Runs;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace JobForge.Application.Jobs;

/// <summary>Registers job requests: the run store and the run id source.</summary>
public static class JobsServiceCollectionExtensions
{
    /// <summary>
    /// Adds the Table-backed <see cref="IRunStore"/> (<c>JobForge:Runs</c>, unless one is registered already) and
    /// <see cref="RandomRunIdSource"/> and the host-neutral <see cref="JobSubmitter"/>. Needs the templates, policy tokens, flags and audit registrations.
    /// </summary>
    public static IServiceCollection AddJobForgeJobs(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddJobForgeRunStore();
        services.TryAddSingleton<IRunIdSource, RandomRunIdSource>();
        services.TryAddSingleton<JobSubmitter>();
        return services;
    }
}
