using JobForge.Domain.Artifacts;
using JobForge.Storage.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace JobForge.Storage.Artifacts;

/// <summary>Registers the Blob-backed artifact store.</summary>
public static class ArtifactStoreServiceCollectionExtensions
{
    /// <summary>
    /// Binds and validates <see cref="ArtifactStoreOptions"/> (<c>JobForge:Artifacts</c>) and registers a
    /// <see cref="BlobArtifactStore"/> as <see cref="IArtifactStore"/> unless one is registered already.
    /// </summary>
    public static IServiceCollection AddJobForgeArtifactStore(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions<ArtifactStoreOptions>().BindConfiguration(ArtifactStoreOptions.SectionName).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<ArtifactStoreOptions>, ArtifactStoreOptionsValidator>());
        services.TryAddSingleton<IArtifactStore>(provider =>
        {
            var blobs = provider.GetRequiredService<StorageClients>().Blobs;
            return new BlobArtifactStore(blobs.GetBlobContainerClient(provider.GetRequiredService<IOptions<ArtifactStoreOptions>>().Value.ContainerName));
        });
        return services;
    }
}
