using System.ComponentModel;
using JobForge.Cli.Configuration;
using JobForge.Cli.Output;
using JobForge.Cli.Rendering;
using Spectre.Console.Cli;

namespace JobForge.Cli.Commands.Keys;

/// <summary><c>jobforge keys revoke KEY_ID</c>: every server refuses the key within the key cache duration.</summary>
internal sealed class KeysRevokeCommand(CliRuntime runtime) : ApiCommand<KeysRevokeCommand.Settings>(runtime)
{
    internal sealed class Settings : ApiSettings
    {
        [CommandArgument(0, "<KEY_ID>")]
        [Description("The key id (not the key).")]
        public string KeyId { get; init; } = string.Empty;
    }

    protected override async Task<int> RunAsync(ApiCall<Settings> call, CancellationToken cancellationToken)
    {
        var key = await call.Client.ApiKeys.RevokeAsync(call.Settings.KeyId, cancellationToken);
        if (call.Settings.Json)
        {
            Console.WriteJson(key, CliJsonContext.Default.ApiKey);
        }
        else
        {
            Console.Out.Write(CliTable.Fields(("key_id", key.KeyId), ("name", key.Name), ("revoked", key.Revoked ? "yes" : "no")));
        }

        return ExitCodes.Success;
    }
}
