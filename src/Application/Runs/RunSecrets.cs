namespace JobForge.Application.Runs;

/// <summary>
/// The values behind <c>${{ secrets.NAME }}</c>: configuration <c>JobForge:Secrets:NAME</c> (in Azure, app settings
/// that are Key Vault references). Values are never logged; the step runner redacts them from outputs.
/// </summary>
internal sealed class RunSecrets(IConfiguration configuration)
{
    private readonly IConfigurationSection _section = configuration.GetSection("JobForge:Secrets");

    /// <summary>The secret's value, or null when there is none.</summary>
    public string? Lookup(string name) => _section[name] is { Length: > 0 } value ? value : null;
}
