using JobForge.Functions.Runs;
using JobForge.Functions.Tests.Runs;
using JobForge.Functions.Tests.Scenarios;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace JobForge.Durable.Benchmarks;

/// <summary>
/// The crash test's worker process: the app (same run table and artifacts as the test) with the Durable run
/// orchestrator and activities on the Azure Storage backend. Prints <c>ready</c>, then works until killed.
/// </summary>
internal static class CrashWorker
{
    public static async Task<int> RunAsync(string[] args)
    {
        if (args.Length < 4)
        {
            return 2;
        }

        var (connection, hub, runsTable, container) = (args[0], args[1], args[2], args[3]);
        using var app = await ScenarioApp.BuildAsync(services => services.AddJobForgeDurableRuns(), new Dictionary<string, string?>
        {
            ["JobForge:Storage:ConnectionString"] = connection,
            ["JobForge:Runs:TableName"] = runsTable,
            ["JobForge:Artifacts:ContainerName"] = container,
            ["JobForge:Engine:RunTimeout"] = "00:10:00",
        });
        await app.StartAsync();
        using var loggers = LoggerFactory.Create(logging => logging.AddProvider(new StderrLoggerProvider()));
        await using var host = await DurableTaskTestHost.StartAsync(connection, hub, app.Services, loggers, tune: CrashTuning.Apply);
        app.Services.GetRequiredService<DurableRunClients>().Default = host.Runs;
        Console.WriteLine("ready");
        await Task.Delay(Timeout.Infinite);
        return 0;
    }
}
