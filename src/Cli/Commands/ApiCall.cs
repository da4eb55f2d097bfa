using JobForge.Cli.Configuration;
using JobForge.Client;

namespace JobForge.Cli.Commands;

/// <summary>One command invocation: the SDK client, the resolved connection, and the parsed settings.</summary>
internal sealed record ApiCall<TSettings>(JobForgeClient Client, Connection Connection, TSettings Settings)
    where TSettings : ApiSettings
{
    /// <summary>The tenant from <c>--tenant</c>, the environment or the profile, if any.</summary>
    public string? Tenant => Connection.Tenant;

    /// <summary>The tenant, or a usage error naming the option when none is configured.</summary>
    public string RequireTenant() => Connection.Tenant
        ?? throw new Output.CliUsageException("Name the tenant: pass --tenant, set JOBFORGE_TENANT, or add one to the profile ('jobforge profile set --tenant <TENANT>').");
}
