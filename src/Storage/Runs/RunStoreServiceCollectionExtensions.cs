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
    /// <see cref="IRunStore"/> unless one is registered already, and the same store as <see cref="IRunExecutionStore"/>.
    /// </summary>
    public static IServiceCollection AddJobForgeRunStore(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions<RunStoreOptions>().BindConfiguration(RunStoreOptions.SectionName);
        services.TryAddSingleton<IRunStore>(provider =>
        {
            var tables = provider.GetRequiredService<StorageClients>().Tables;
            var options = provider.GetRequiredService<IOptions<RunStoreOptions>>().Value;
            return new TableRunStore(tables.GetTableClient(options.TableName), groupCreations: !options.SeparateCreationTransactions);
        });
        services.TryAddSingleton<IRunExecutionStore>(provider => provider.GetRequiredService<IRunStore>() as IRunExecutionStore
            ?? throw new InvalidOperationException("The registered IRunStore does not keep execution state; register an IRunExecutionStore too."));
        return services;
    }
}
