using JobForge.Domain.Triggers;
using JobForge.Storage.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace JobForge.Storage.Triggers;

/// <summary>Registers the Table-backed trigger stores.</summary>
public static class TriggerStorageServiceCollectionExtensions
{
    /// <summary>
    /// Binds <see cref="TriggerStorageOptions"/> from <c>JobForge:Triggers</c> and registers, unless registered already,
    /// <see cref="TableTriggerStore"/> (<see cref="ITriggerStore"/>, <see cref="ITriggerIndexSource"/>),
    /// <see cref="TableTriggerState"/> (<see cref="ITriggerCounters"/>, <see cref="ITriggerCheckpoints"/>) and
    /// <see cref="TableTriggerDecisionLog"/>.
    /// </summary>
    public static IServiceCollection AddJobForgeTriggerStorage(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions<TriggerStorageOptions>().BindConfiguration(TriggerStorageOptions.SectionName);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(provider => new TableTriggerStore(Table(provider, o => o.TableName), provider.GetRequiredService<TimeProvider>()));
        services.TryAddSingleton<ITriggerStore>(provider => provider.GetRequiredService<TableTriggerStore>());
        services.TryAddSingleton<ITriggerIndexSource>(provider => provider.GetRequiredService<TableTriggerStore>());
        services.TryAddSingleton(provider => new TableTriggerState(Table(provider, o => o.StateTableName)));
        services.TryAddSingleton<ITriggerCounters>(provider => provider.GetRequiredService<TableTriggerState>());
        services.TryAddSingleton<ITriggerCheckpoints>(provider => provider.GetRequiredService<TableTriggerState>());
        services.TryAddSingleton<ITriggerDecisionLog>(provider => new TableTriggerDecisionLog(Table(provider, o => o.DecisionsTableName)));
        return services;
    }

    private static Azure.Data.Tables.TableClient Table(IServiceProvider provider, Func<TriggerStorageOptions, string> name) =>
        provider.GetRequiredService<StorageClients>().Tables.GetTableClient(name(provider.GetRequiredService<IOptions<TriggerStorageOptions>>().Value));
}
