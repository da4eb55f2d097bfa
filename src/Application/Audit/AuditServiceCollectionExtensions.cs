using JobForge.Domain.Audit;
using JobForge.Storage.Audit;
using JobForge.Storage.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace JobForge.Application.Audit;

/// <summary>Registers the audit trail.</summary>
public static class AuditServiceCollectionExtensions
{
    /// <summary>
    /// Binds and validates <c>JobForge:Audit</c>, registers the table-backed <see cref="IAuditLog"/> (unless one is
    /// registered already, as tests do), the <see cref="AuditRecorder"/>, and a hosted service that flushes the log on
    /// stop. Needs <c>AddJobForgeStorage</c> and <c>AddJobForgeFlags</c>.
    /// </summary>
    public static IServiceCollection AddJobForgeAudit(this IServiceCollection services)
    {
        services.AddOptions<AuditOptions>().BindConfiguration(AuditOptions.SectionName).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<AuditOptions>, AuditOptionsValidator>());
        services.TryAddSingleton(provider => new TableAuditLog(
            provider.GetRequiredService<StorageClients>().Tables,
            provider.GetRequiredService<IOptions<AuditOptions>>().Value,
            provider.GetRequiredService<ILogger<TableAuditLog>>()));
        services.TryAddSingleton<IAuditLog>(provider => provider.GetRequiredService<TableAuditLog>());
        services.TryAddSingleton<AuditRecorder>();
        services.AddHostedService<AuditLogFlushService>();
        return services;
    }
}
