using System.ComponentModel;
using JobForge.Cli.Configuration;
using JobForge.Cli.Output;
using JobForge.Cli.Rendering;
using Spectre.Console.Cli;

namespace JobForge.Cli.Commands.Tokens;

/// <summary><c>jobforge tokens revoke JTI</c>: make a policy token unusable before it expires.</summary>
internal sealed class TokensRevokeCommand(CliRuntime runtime) : ApiCommand<TokensRevokeCommand.Settings>(runtime)
{
    internal sealed class Settings : TenantSettings
    {
        [CommandArgument(0, "<JTI>")]
        [Description("The token id (jti).")]
        public string Jti { get; init; } = string.Empty;
    }

    protected override async Task<int> RunAsync(ApiCall<Settings> call, CancellationToken cancellationToken)
    {
        var revoked = await call.Client.PolicyTokens.RevokeAsync(call.Settings.Jti, call.Tenant, cancellationToken);
        if (call.Settings.Json)
        {
            Console.WriteJson(revoked, CliJsonContext.Default.PolicyTokenRevoked);
        }
        else
        {
            Console.Out.Write(CliTable.Fields(("jti", revoked.Jti), ("tenant_id", revoked.TenantId), ("revoked_at", Durations.Time(revoked.RevokedAt))));
        }

        return ExitCodes.Success;
    }
}
