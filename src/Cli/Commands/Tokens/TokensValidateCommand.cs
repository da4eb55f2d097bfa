using System.ComponentModel;
using JobForge.Cli.Configuration;
using JobForge.Cli.Output;
using JobForge.Cli.Rendering;
using Spectre.Console;
using Spectre.Console.Cli;

namespace JobForge.Cli.Commands.Tokens;

/// <summary><c>jobforge tokens validate --action X</c>: whether a token allows an action; exit 1 when it does not.</summary>
internal sealed class TokensValidateCommand(CliRuntime runtime) : ApiCommand<TokensValidateCommand.Settings>(runtime)
{
    internal sealed class Settings : TenantSettings
    {
        [CommandOption("--token <TOKEN>")]
        [Description("The token (else JOBFORGE_POLICY_TOKEN, else standard input).")]
        public string? Token { get; init; }

        [CommandOption("--action <ACTION>")]
        public string? Action { get; init; }

        [CommandOption("--actor <ACTOR>")]
        public string? Actor { get; init; }

        [CommandOption("--project <PROJECT>")]
        public string? Project { get; init; }

        [CommandOption("--scope <SCOPE>")]
        [Description("A scope the action needs, repeatable.")]
        public string[] Scopes { get; init; } = [];

        public override ValidationResult Validate() =>
            Action is null ? ValidationResult.Error("tokens validate needs --action.") : ValidationResult.Success();
    }

    protected override async Task<int> RunAsync(ApiCall<Settings> call, CancellationToken cancellationToken)
    {
        var s = call.Settings;
        var token = s.Token ?? Runtime.Environment("JOBFORGE_POLICY_TOKEN") ?? (Runtime.StdinIsRedirected ? Runtime.Stdin.ReadToEnd().Trim() : null);
        if (string.IsNullOrEmpty(token))
        {
            throw new CliUsageException("Give the token with --token, JOBFORGE_POLICY_TOKEN, or on standard input.");
        }

        var check = await call.Client.PolicyTokens.ValidateAsync(token, s.Action!, call.RequireTenant(), s.Actor, s.Project, s.Scopes.Length == 0 ? null : s.Scopes, cancellationToken);
        if (s.Json)
        {
            Console.WriteJson(check, CliJsonContext.Default.PolicyCheck);
        }
        else
        {
            Console.Out.Write(CliTable.Fields(("allowed", check.Allowed ? "yes" : "no"), ("reason", check.Reason), ("detail", check.Detail),
                ("jti", check.Claims?.Jti), ("actor", check.Claims?.Act)));
        }

        return check.Allowed ? ExitCodes.Success : ExitCodes.Negative;
    }
}
