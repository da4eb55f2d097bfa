using JobForge.Domain.Auth;
using JobForge.Storage.Auth;
using JobForge.Storage.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace JobForge.Application.Auth;

/// <summary>Registers API key authentication.</summary>
public static class AuthServiceCollectionExtensions
{
    /// <summary>
    /// Binds and validates <c>JobForge:Auth</c> at start-up, and registers the key store (the Azure table
    /// <c>JobForge:Auth:TableName</c> unless an <see cref="IApiKeyStore"/> is registered first), the key cache, the
    /// authenticator and the audit writer. Needs <c>AddJobForgeStorage</c> and <c>AddJobForgeFlags</c>.
    /// </summary>
    public static IServiceCollection AddJobForgeAuth(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<ApiKeyAuthOptions>().BindConfiguration(ApiKeyAuthOptions.SectionName).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<ApiKeyAuthOptions>, ApiKeyAuthOptionsValidator>());
        services.AddOptions<ApiKeyStoreOptions>().BindConfiguration(ApiKeyStoreOptions.SectionName)
            .Validate(options => IsTableName(options.TableName),
                "'JobForge:Auth:TableName' must be 3 to 63 letters and digits, starting with a letter.")
            .ValidateOnStart();

        services.TryAddSingleton<IApiKeyStore>(provider => new TableApiKeyStore(provider.GetRequiredService<StorageClients>()
            .Tables.GetTableClient(provider.GetRequiredService<IOptions<ApiKeyStoreOptions>>().Value.TableName)));
        services.TryAddSingleton<ApiKeyCache>();
        services.TryAddSingleton<ApiKeyAuthenticator>();
        services.TryAddSingleton<FailedAuthenticationThrottle>();
        services.TryAddSingleton<AuthAudit>();
        return services;
    }

    private static bool IsTableName(string? name) =>
        name is { Length: >= 3 and <= 63 } && char.IsAsciiLetter(name[0]) && name.All(char.IsAsciiLetterOrDigit)
        && !name.Equals("tables", StringComparison.OrdinalIgnoreCase);
}
