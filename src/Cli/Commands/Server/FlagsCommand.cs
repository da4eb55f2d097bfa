using JobForge.Cli.Configuration;
using JobForge.Cli.Output;
using JobForge.Cli.Rendering;

namespace JobForge.Cli.Commands.Server;

/// <summary><c>jobforge flags</c>: the feature flags as the server reads them (scope <c>admin</c>).</summary>
internal sealed class FlagsCommand(CliRuntime runtime) : ApiCommand<ApiSettings>(runtime)
{
    protected override async Task<int> RunAsync(ApiCall<ApiSettings> call, CancellationToken cancellationToken)
    {
        var flags = await call.Client.GetFlagsAsync(cancellationToken);
        if (call.Settings.Json)
        {
            Console.WriteJson(flags, CliJsonContext.Default.DictionaryStringJsonElement);
            return ExitCodes.Success;
        }

        var table = CliTable.Create("Flag", "Value");
        foreach (var (name, value) in flags.OrderBy(f => f.Key, StringComparer.Ordinal))
        {
            table.Row(name, value.ValueKind == System.Text.Json.JsonValueKind.String ? value.GetString() : value.GetRawText());
        }

        Console.Out.Write(table);
        return ExitCodes.Success;
    }
}
