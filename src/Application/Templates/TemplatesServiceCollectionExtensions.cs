using JobForge.Domain.Templates;
using JobForge.Storage.Templates;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace JobForge.Application.Templates;

/// <summary>Registers the template catalog, its store and the module settings.</summary>
public static class TemplatesServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="TemplateCatalog"/>, <see cref="TemplateModuleSettings"/> and (unless one is registered already)
    /// the Table-backed <see cref="ITemplateStore"/> configured under <c>JobForge:Templates</c>.
    /// </summary>
    public static IServiceCollection AddJobForgeTemplates(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddJobForgeTemplateStore();
        services.TryAddSingleton<TemplateCatalog>();
        services.TryAddSingleton<TemplateModuleSettings>();
        return services;
    }
}
