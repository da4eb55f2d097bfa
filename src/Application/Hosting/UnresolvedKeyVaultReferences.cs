namespace JobForge.Application.Hosting;

/// <summary>
/// Refuses to start when a setting still holds a Key Vault reference (<c>@Microsoft.KeyVault(…)</c>). App Service and
/// Functions resolve such references with the app's identity; when they cannot (the role not yet granted or
/// propagated, the secret missing), the app receives the reference text itself, which would otherwise pass as a valid
/// bootstrap key, policy-token secret or signing secret.
/// </summary>
public static class UnresolvedKeyVaultReferences
{
    private const string Marker = "@Microsoft.KeyVault(";

    /// <summary>Throws naming every key whose value is an unresolved Key Vault reference (never the value).</summary>
    /// <exception cref="InvalidOperationException">At least one such key.</exception>
    public static void ThrowIfAny(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var keys = configuration.AsEnumerable()
            .Where(setting => setting.Value is { } value && value.TrimStart().StartsWith(Marker, StringComparison.OrdinalIgnoreCase))
            .Select(setting => "'" + setting.Key + "'")
            .Order(StringComparer.Ordinal)
            .ToList();
        if (keys.Count > 0)
        {
            throw new InvalidOperationException(
                $"Setting {string.Join(", ", keys)} holds an unresolved Key Vault reference: the platform could not read the secret. "
                + "Grant the app's managed identity 'Key Vault Secrets User' on the vault, check the secret exists, and restart.");
        }
    }
}
