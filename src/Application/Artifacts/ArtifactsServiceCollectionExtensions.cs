using JobForge.Domain.Artifacts;
using JobForge.Storage.Artifacts;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace JobForge.Application.Artifacts;

/// <summary>Registers run evidence: the artifact store, the environment, the recorder and the replay placeholder.</summary>
public static class ArtifactsServiceCollectionExtensions
{
    /// <summary>
    /// Adds the Blob-backed <see cref="IArtifactStore"/> (<c>JobForge:Artifacts</c>, unless one is registered),
    /// <see cref="EvidenceEnvironment"/>, <see cref="RunEvidenceRecorder"/>, and a placeholder <see cref="IReplayExecutor"/>
    /// that answers 503 until the run engine registers its own (any registration, before or after, wins).
    /// </summary>
    public static IServiceCollection AddJobForgeArtifacts(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddJobForgeArtifactStore();
        services.TryAddSingleton<EvidenceEnvironment>();
        services.TryAddSingleton<RunEvidenceRecorder>();
        services.TryAddSingleton<IReplayExecutor, UnavailableReplayExecutor>();
        return services;
    }
}
