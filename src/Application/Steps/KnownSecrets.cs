using Microsoft.Extensions.Primitives;

namespace JobForge.Application.Steps;

/// <summary>
/// Every secret value the server knows, read from configuration and re-read when it reloads, so that each step's
/// outputs, failures and artifacts (command logs included) can be masked whether or not the step referenced them: the
/// bootstrap key, the policy-token secrets, the field-encryption keys, HTTP and module signing secrets, every
/// <c>JobForge:Secrets:*</c> value, and the keys inside storage and Service Bus connection strings. Values shorter than
/// <see cref="MinLength"/> characters are not listed (masking them would shred ordinary output; no real secret is that short).
/// </summary>
public sealed class KnownSecrets
{
    /// <summary>The shortest value that is masked.</summary>
    public const int MinLength = 8;

    // Whole sections whose every value is secret.
    private static readonly string[] SecretSections = ["JobForge:Secrets", "JobForge:Policy:Secrets", "JobForge:Events:Encryption:Keys"];

    // Last key segments (suffixes) that name a secret wherever they appear.
    private static readonly string[] SecretSuffixes =
        ["Secret", "SECRET", "Password", "BootstrapKey", "AccountKey", "SharedAccessKey", "ApiKey", "ClientSecret", "Token"];

    // Connection string parts that are secret.
    private static readonly string[] SecretParts = ["AccountKey", "SharedAccessKey", "SharedAccessSignature", "Password", "Pwd", "sig"];

    private volatile IReadOnlyList<string> _values;

    /// <summary>The secrets of <paramref name="configuration"/>, kept current across reloads.</summary>
    public KnownSecrets(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        _values = Collect(configuration);
        ChangeToken.OnChange(configuration.GetReloadToken, () => _values = Collect(configuration));
    }

    private KnownSecrets(IReadOnlyList<string> values) => _values = values;

    /// <summary>No known secrets (for tests and hosts without configuration).</summary>
    public static KnownSecrets None { get; } = new([]);

    /// <summary>The distinct secret values, longest first (so a longer secret is masked before one it contains).</summary>
    public IReadOnlyList<string> Values => _values;

    /// <summary>The secrets of <paramref name="configuration"/>, longest first.</summary>
    public static IReadOnlyList<string> Collect(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var values = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (key, value) in configuration.AsEnumerable())
        {
            if (string.IsNullOrEmpty(value))
            {
                continue;
            }

            if (IsConnectionString(key))
            {
                values.Add(value);
                values.UnionWith(ConnectionStringSecrets(value));
            }
            else if (IsSecretKey(key))
            {
                values.Add(value);
                values.UnionWith(value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
            }
        }

        return [.. values.Where(value => value.Trim().Length >= MinLength).OrderByDescending(value => value.Length).ThenBy(value => value, StringComparer.Ordinal)];
    }

    private static bool IsSecretKey(string key)
    {
        var last = key[(key.LastIndexOf(':') + 1)..];
        return SecretSections.Any(section => key.StartsWith(section + ":", StringComparison.OrdinalIgnoreCase))
            || SecretSuffixes.Any(suffix => last.EndsWith(suffix, StringComparison.OrdinalIgnoreCase));
    }

    private static bool IsConnectionString(string key) =>
        key.Equals("AzureWebJobsStorage", StringComparison.OrdinalIgnoreCase)
        || key.EndsWith("ConnectionString", StringComparison.OrdinalIgnoreCase)
        || key.StartsWith("ConnectionStrings:", StringComparison.OrdinalIgnoreCase);

    private static IEnumerable<string> ConnectionStringSecrets(string connectionString)
    {
        foreach (var part in connectionString.Split(';', StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = part.IndexOf('=', StringComparison.Ordinal);
            if (equals > 0 && SecretParts.Contains(part[..equals].Trim(), StringComparer.OrdinalIgnoreCase))
            {
                yield return part[(equals + 1)..].Trim();
            }
        }
    }
}
