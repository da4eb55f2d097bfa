using JobForge.Domain.Runs;
using JobForge.Storage.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace JobForge.Storage.Runs;

/// <summary>Registers the Table-backed run store.</summary>
public static class RunStoreServiceCollectionExtensions
{
    /// <summary>
    /// Binds <see cref="RunStoreOptions"/> from <c>JobForge:Runs</c> and registers a <see cref="TableRunStore"/> as
    /// <see cref="IRunStore"/> unless one is registered already.
    /// </summary>
    public static IServiceCollection AddJobForgeRunStore(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions<RunStoreOptions>().BindConfiguration(RunStoreOptions.SectionName);
        services.TryAddSingleton<IRunStore>(provider =>
        {
            var tables = provider.GetRequiredService<StorageClients>().Tables;
            return new TableRunStore(tables.GetTableClient(provider.GetRequiredService<IOptions<RunStoreOptions>>().Value.TableName));
        });
        return services;
    }
}
