using JobForge.Domain.RateLimits;
using JobForge.Storage.Configuration;
using JobForge.Storage.RateLimits;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace JobForge.Application.RateLimits;

/// <summary>Registers rate limiting: validated <see cref="RateLimitOptions"/> and the table-backed <see cref="IRateLimiter"/>.</summary>
public static class RateLimitServiceCollectionExtensions
{
    /// <summary>
    /// Binds and validates <c>JobForge:RateLimits</c> at start-up and registers <see cref="DistributedRateLimiter"/> as
    /// <see cref="IRateLimiter"/> (unless one is registered first). Storage is touched only once a request is limited.
    /// </summary>
    public static IServiceCollection AddJobForgeRateLimiting(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<RateLimitOptions>().BindConfiguration(RateLimitOptions.SectionName).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<RateLimitOptions>, RateLimitOptionsValidator>());
        services.TryAddSingleton<IRateLimiter>(provider =>
        {
            var options = provider.GetRequiredService<IOptions<RateLimitOptions>>().Value;
            return new DistributedRateLimiter(
                provider.GetRequiredService<StorageClients>().Tables.GetTableClient(options.TableName),
                options,
                provider.GetRequiredService<TimeProvider>(),
                provider.GetRequiredService<ILogger<DistributedRateLimiter>>());
        });
        return services;
    }
}
