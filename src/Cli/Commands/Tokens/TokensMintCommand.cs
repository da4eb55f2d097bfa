using System.ComponentModel;
using JobForge.Cli.Configuration;
using JobForge.Cli.Output;
using JobForge.Cli.Rendering;
using Spectre.Console;
using Spectre.Console.Cli;

namespace JobForge.Cli.Commands.Tokens;

/// <summary>
/// <c>jobforge tokens mint --actor A --action X --scope S</c>: mint a policy token (scope <c>policy:issue</c>). The token is
/// the point of the command, so it is printed (with <c>--token-only</c>, alone, for <c>$(…)</c>).
/// </summary>
internal sealed class TokensMintCommand(CliRuntime runtime) : ApiCommand<TokensMintCommand.Settings>(runtime)
{
    internal sealed class Settings : TenantSettings
    {
        [CommandOption("--actor <ACTOR>")]
        [Description("Who may act.")]
        public string? Actor { get; init; }

        [CommandOption("--action <ACTION>")]
        [Description("The action allowed, e.g. autopilot.ops.apply.")]
        public string? Action { get; init; }

        [CommandOption("--scope <SCOPE>")]
        [Description("A scope granted, repeatable.")]
        public string[] Scopes { get; init; } = [];

        [CommandOption("--project <PROJECT>")]
        public string? Project { get; init; }

        [CommandOption("--token-only")]
        [Description("Print only the token.")]
        public bool TokenOnly { get; init; }

        public override ValidationResult Validate() =>
            Actor is null || Action is null ? ValidationResult.Error("tokens mint needs --actor and --action.") : ValidationResult.Success();
    }

    protected override async Task<int> RunAsync(ApiCall<Settings> call, CancellationToken cancellationToken)
    {
        var s = call.Settings;
        var issued = await call.Client.PolicyTokens.MintAsync(call.RequireTenant(), s.Actor!, s.Action!, s.Scopes, s.Project, cancellationToken);
        if (s.Json)
        {
            Console.WriteJson(issued, CliJsonContext.Default.PolicyTokenIssued);
        }
        else if (s.TokenOnly)
        {
            Console.WriteRaw(issued.Token);
        }
        else
        {
            Console.Out.Write(CliTable.Fields(("jti", issued.Jti), ("expires_at", Durations.Time(issued.ExpiresAt)), ("token", issued.Token)));
        }

        return ExitCodes.Success;
    }
}
