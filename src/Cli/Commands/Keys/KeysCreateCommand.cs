using System.ComponentModel;
using JobForge.Cli.Configuration;
using JobForge.Cli.Output;
using JobForge.Cli.Rendering;
using Spectre.Console;
using Spectre.Console.Cli;

namespace JobForge.Cli.Commands.Keys;

/// <summary>
/// <c>jobforge keys create NAME --tenant T --scope S</c>: create an API key (scope <c>admin</c>). The new key is printed
/// once, because the server shows it once; <c>--key-only</c> prints it alone.
/// </summary>
internal sealed class KeysCreateCommand(CliRuntime runtime) : ApiCommand<KeysCreateCommand.Settings>(runtime)
{
    internal sealed class Settings : TenantSettings
    {
        [CommandArgument(0, "<NAME>")]
        [Description("A name for the key.")]
        public string Name { get; init; } = string.Empty;

        [CommandOption("--scope <SCOPE>")]
        [Description("A scope, repeatable (events:write, jobs:read, …, or *).")]
        public string[] Scopes { get; init; } = [];

        [CommandOption("--key-only")]
        [Description("Print only the new key.")]
        public bool KeyOnly { get; init; }

        public override ValidationResult Validate() =>
            Scopes.Length == 0 ? ValidationResult.Error("keys create needs at least one --scope.") : ValidationResult.Success();
    }

    protected override async Task<int> RunAsync(ApiCall<Settings> call, CancellationToken cancellationToken)
    {
        var s = call.Settings;
        var created = await call.Client.ApiKeys.CreateAsync(s.Name, call.RequireTenant(), s.Scopes, cancellationToken);
        if (s.Json)
        {
            Console.WriteJson(created, CliJsonContext.Default.ApiKeyCreated);
        }
        else if (s.KeyOnly)
        {
            Console.WriteRaw(created.ApiKey);
        }
        else
        {
            Console.Out.Write(CliTable.Fields(("key_id", created.KeyId), ("name", created.Name), ("tenant_id", created.TenantId),
                ("scopes", string.Join(" ", created.Scopes)), ("api_key", created.ApiKey)));
            Console.Out.WriteLine("Store the key now: it is never shown again.");
        }

        return ExitCodes.Success;
    }
}
