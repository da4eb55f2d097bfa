using System.ComponentModel;
using Spectre.Console.Cli;

namespace JobForge.Cli.Configuration;

/// <summary><see cref="ApiSettings"/> plus the tenant, for the routes an all-tenant key must name one on.</summary>
internal class TenantSettings : ApiSettings
{
    [CommandOption("-t|--tenant <TENANT>")]
    [Description("The tenant (else JOBFORGE_TENANT, else the profile's; a tenant-scoped key needs none).")]
    public string? Tenant { get; init; }
}
