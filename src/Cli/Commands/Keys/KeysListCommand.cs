using JobForge.Cli.Configuration;
using JobForge.Cli.Output;
using JobForge.Cli.Rendering;

namespace JobForge.Cli.Commands.Keys;

/// <summary><c>jobforge keys list</c>: the API keys the caller may manage (never their secrets).</summary>
internal sealed class KeysListCommand(CliRuntime runtime) : ApiCommand<ApiSettings>(runtime)
{
    protected override async Task<int> RunAsync(ApiCall<ApiSettings> call, CancellationToken cancellationToken)
    {
        var list = await call.Client.ApiKeys.ListAsync(cancellationToken);
        if (call.Settings.Json)
        {
            Console.WriteJson(list, CliJsonContext.Default.ApiKeyList);
            return ExitCodes.Success;
        }

        var table = CliTable.Create("Key id", "Name", "Tenant", "Scopes", "Created", "Revoked");
        foreach (var key in list.Keys)
        {
            table.Row(key.KeyId, key.Name, key.TenantId, string.Join(" ", key.Scopes), Durations.Time(key.CreatedAt), key.Revoked ? Durations.Time(key.RevokedAt) : "no");
        }

        Console.Out.Write(table);
        return ExitCodes.Success;
    }
}
