using JobForge.Cli.Configuration;
using JobForge.Cli.Output;
using JobForge.Cli.Rendering;
using Spectre.Console;

namespace JobForge.Cli.Commands.Server;

/// <summary><c>jobforge health</c>: the server's dependency checks (anonymous); exit 1 when it is not <c>healthy</c>.</summary>
internal sealed class HealthCommand(CliRuntime runtime) : ApiCommand<ApiSettings>(runtime)
{
    protected override bool RequiresApiKey => false;

    protected override async Task<int> RunAsync(ApiCall<ApiSettings> call, CancellationToken cancellationToken)
    {
        var health = await call.Client.GetHealthAsync(cancellationToken);
        if (call.Settings.Json)
        {
            Console.WriteJson(health, CliJsonContext.Default.Health);
        }
        else
        {
            Console.Out.WriteLine($"{call.Connection.Url}: {health.Status}");
            var table = CliTable.Create("Check", "Status", "Duration", "Reason");
            foreach (var (name, check) in health.Checks)
            {
                table.Row(name, check.Status, Durations.FormatMs(check.DurationMs), check.Reason);
            }

            Console.Out.Write(table);
        }

        return health.Status == "healthy" ? ExitCodes.Success : ExitCodes.Negative;
    }
}
