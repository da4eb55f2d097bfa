using JobForge.Domain.Templates;
using JobForge.Storage.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace JobForge.Storage.Templates;

/// <summary>Registers the Table-backed template store.</summary>
public static class TemplateStoreServiceCollectionExtensions
{
    /// <summary>
    /// Binds <see cref="TemplateStoreOptions"/> from <c>JobForge:Templates</c> and registers a <see cref="TableTemplateStore"/>
    /// as <see cref="ITemplateStore"/> unless one is registered already, behind a <see cref="CachedTemplateStore"/>.
    /// </summary>
    public static IServiceCollection AddJobForgeTemplateStore(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions<TemplateStoreOptions>().BindConfiguration(TemplateStoreOptions.SectionName);
        services.TryAddSingleton<ITemplateStore>(provider =>
        {
            var tables = provider.GetRequiredService<StorageClients>().Tables;
            var options = provider.GetRequiredService<IOptions<TemplateStoreOptions>>().Value;
            return new CachedTemplateStore(
                new TableTemplateStore(tables.GetTableClient(options.TableName), tables.GetTableClient(options.EnablementTableName)),
                provider.GetService<TimeProvider>() ?? TimeProvider.System);
        });
        return services;
    }
}
