namespace JobForge.Cli.Configuration;

/// <summary>Where to call and with which key, resolved from options, environment and profile.</summary>
/// <param name="Url">The server's base URL.</param>
/// <param name="ApiKey">The API key, if any was configured (a secret: never printed).</param>
/// <param name="Tenant">The tenant to name, if any.</param>
internal sealed record Connection(Uri Url, string? ApiKey, string? Tenant);
