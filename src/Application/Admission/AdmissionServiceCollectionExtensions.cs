using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace JobForge.Application.Admission;

/// <summary>Registers overload admission (<see cref="AdmissionGate"/>).</summary>
public static class AdmissionServiceCollectionExtensions
{
    /// <summary>Binds and validates <see cref="AdmissionOptions"/> (<c>JobForge:Admission</c>) at start-up.</summary>
    public static IServiceCollection AddJobForgeAdmission(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions<AdmissionOptions>().BindConfiguration(AdmissionOptions.SectionName).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<AdmissionOptions>, AdmissionOptionsValidator>());
        return services;
    }
}
