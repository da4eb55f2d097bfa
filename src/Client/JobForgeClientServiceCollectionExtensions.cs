using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Polly;

namespace JobForge.Client;

/// <summary>Registers <see cref="JobForgeClient"/> as a typed client of <c>IHttpClientFactory</c>.</summary>
public static class JobForgeClientServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="JobForgeClient"/> (transient, over a factory-managed <see cref="HttpClient"/>) with the
    /// 429/503 retry handler; <paramref name="configure"/> sets the base address and API key.
    /// </summary>
    public static IHttpClientBuilder AddJobForgeClient(this IServiceCollection services, Action<JobForgeClientOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        services.AddOptions<JobForgeClientOptions>().Configure(configure);
        var builder = services.AddHttpClient(nameof(JobForgeClient)).AddTypedClient((http, provider) =>
            new JobForgeClient(http, provider.GetRequiredService<IOptions<JobForgeClientOptions>>().Value));
        builder.AddResilienceHandler("jobforge-retry", (pipeline, context) =>
            pipeline.AddRetry(JobForgeRetry.Strategy(context.ServiceProvider.GetRequiredService<IOptions<JobForgeClientOptions>>().Value)));
        return builder;
    }
}
