namespace JobForge.Cli.Configuration;

/// <summary>A named connection in the profile file: server URL, API key (a secret, never printed) and default tenant.</summary>
internal sealed record Profile
{
    public string? Url { get; init; }

    public string? ApiKey { get; init; }

    public string? Tenant { get; init; }
}
