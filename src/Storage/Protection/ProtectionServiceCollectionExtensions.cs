using JobForge.Domain.Events;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace JobForge.Storage.Protection;

/// <summary>Registers event field encryption.</summary>
public static class ProtectionServiceCollectionExtensions
{
    /// <summary>Binds and validates <c>JobForge:Events:Encryption</c> at start-up and registers <see cref="IFieldProtector"/>.</summary>
    public static IServiceCollection AddJobForgeFieldProtection(this IServiceCollection services)
    {
        services.AddOptions<FieldProtectionOptions>().BindConfiguration(FieldProtectionOptions.SectionName).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<FieldProtectionOptions>, FieldProtectionOptionsValidator>());
        services.TryAddSingleton<IFieldProtector>(provider =>
            new AesGcmFieldProtector(provider.GetRequiredService<IOptions<FieldProtectionOptions>>().Value));
        return services;
    }
}
