namespace JobForge.Cli.Configuration;

/// <summary>The profile file: <c>{"profiles": {"default": {"url", "api_key", "tenant"}}}</c>.</summary>
internal sealed record ProfileDocument
{
    public Dictionary<string, Profile> Profiles { get; init; } = new(StringComparer.Ordinal);
}
