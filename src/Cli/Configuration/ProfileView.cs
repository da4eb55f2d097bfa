namespace JobForge.Cli.Configuration;

/// <summary>A profile as <c>jobforge profile show|list</c> prints it: never the key, only whether one is set.</summary>
internal sealed record ProfileView(string Name, string? Url, string? Tenant, bool ApiKeySet, string File);
