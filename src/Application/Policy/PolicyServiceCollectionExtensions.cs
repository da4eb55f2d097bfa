using JobForge.Domain.Policy;
using JobForge.Storage.Configuration;
using JobForge.Storage.Policy;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace JobForge.Application.Policy;

/// <summary>Registers policy tokens.</summary>
public static class PolicyServiceCollectionExtensions
{
    /// <summary>
    /// Binds and validates <c>JobForge:Policy</c> at start-up (refusing to start when action jobs need tokens and no
    /// secret is set), and registers the key ring, the revocations (the Azure table
    /// <c>JobForge:Policy:RevocationsTableName</c> unless an <see cref="IPolicyTokenRevocations"/> is registered first,
    /// behind a ≤ 5 s cache), the expired-row sweeper, the id source, <see cref="PolicyTokenIssuer"/> and <see cref="PolicyTokenVerifier"/>.
    /// Needs <c>AddJobForgeStorage</c>, <c>AddJobForgeFlags</c> and <c>AddJobForgeAudit</c>.
    /// </summary>
    public static IServiceCollection AddJobForgePolicyTokens(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<PolicyTokenOptions>().BindConfiguration(PolicyTokenOptions.SectionName)
            .PostConfigure<IConfiguration>((options, configuration) => options.Secrets = [.. PolicyTokenSecrets.Read(configuration)])
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<PolicyTokenOptions>, PolicyTokenOptionsValidator>());
        services.AddOptions<PolicyRevocationOptions>().BindConfiguration(PolicyRevocationOptions.SectionName)
            .Validate(options => IsTableName(options.RevocationsTableName),
                "'JobForge:Policy:RevocationsTableName' must be 3 to 63 letters and digits, starting with a letter.")
            .ValidateOnStart();

        services.TryAddSingleton(provider => new PolicyTokenKeyRing(provider.GetRequiredService<IOptions<PolicyTokenOptions>>().Value.Secrets));
        services.TryAddSingleton<IPolicyTokenRevocations>(provider => new TablePolicyTokenRevocations(provider.GetRequiredService<StorageClients>()
            .Tables.GetTableClient(provider.GetRequiredService<IOptions<PolicyRevocationOptions>>().Value.RevocationsTableName)));
        services.TryAddSingleton(provider => new CachedPolicyTokenRevocations(
            provider.GetRequiredService<IPolicyTokenRevocations>(), provider.GetRequiredService<TimeProvider>(),
            provider.GetRequiredService<IOptions<PolicyTokenOptions>>().Value.RevocationCacheDuration));
        services.TryAddSingleton<IPolicyTokenIdSource, RandomPolicyTokenIdSource>();
        services.TryAddSingleton(provider => new PolicyTokenIssuer(
            provider.GetRequiredService<PolicyTokenKeyRing>(), provider.GetRequiredService<CachedPolicyTokenRevocations>(),
            provider.GetRequiredService<IPolicyTokenIdSource>(), provider.GetRequiredService<TimeProvider>()));
        services.TryAddSingleton(provider => new PolicyTokenVerifier(
            provider.GetRequiredService<PolicyTokenKeyRing>(), provider.GetRequiredService<CachedPolicyTokenRevocations>(),
            provider.GetRequiredService<TimeProvider>(), provider.GetRequiredService<ILogger<PolicyTokenVerifier>>()));
        services.TryAddSingleton(provider => new PolicyRevocationSweeper(
            provider.GetRequiredService<IPolicyTokenRevocations>(), provider.GetRequiredService<TimeProvider>(),
            provider.GetRequiredService<IOptions<PolicyTokenOptions>>(), provider.GetRequiredService<ILogger<PolicyRevocationSweeper>>()));
        return services;
    }

    private static bool IsTableName(string? name) =>
        name is { Length: >= 3 and <= 63 } && char.IsAsciiLetter(name[0]) && name.All(char.IsAsciiLetterOrDigit)
        && !name.Equals("tables", StringComparison.OrdinalIgnoreCase);
}
