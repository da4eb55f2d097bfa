using System.Diagnostics;
using DurableTask.AzureStorage;
using DurableTask.Core;
using JobForge.Domain.Runs;
using JobForge.Functions.Runs;
using JobForge.Functions.Tests.Scenarios;
using JobForge.TestKit;
using JobForge.TestKit.Azurite;
using JobForge.TestKit.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace JobForge.Functions.Tests.Runs;

/// <summary>
/// Kills the process hosting the Durable worker (by its PID) in the middle of a hundred three-step runs, starts it again,
/// and checks every run finished with each step's effect recorded once per idempotency key at the loopback sink.
/// </summary>
[Collection(DurableCrashCollection.Name)]
[Trait("Category", "DurableCrash")]
public sealed class DurableCrashTests(ITestOutputHelper output)
{
    private const int Runs = 100;

    [Fact]
    public async Task KillingTheWorkerMidway_EveryRunFinishes_EachEffectOncePerIdempotencyKey()
    {
        var azurite = await AzuriteInstance.Shared;
        await using var sink = await HttpSink.StartAsync();
        var hub = TaskHubNames.Next("crash");
        var runsTable = "runs" + Guid.NewGuid().ToString("N")[..12];
        var container = UniqueNames.Next("artifacts");
        using var app = await ScenarioApp.BuildAsync(services => services.AddJobForgeDurableRuns(), new Dictionary<string, string?>
        {
            ["JobForge:Runs:TableName"] = runsTable,
            ["JobForge:Artifacts:ContainerName"] = container,
            ["JobForge:Engine:RunTimeout"] = "01:00:00", // a busy machine stretches the hundred runs past 10 min; a stall is what fails the test (150 s without progress)
            ["JobForge:Engine:AttemptGrace"] = "00:00:20",
        });
        await app.StartAsync();
        var service = new AzureStorageOrchestrationService(new AzureStorageOrchestrationServiceSettings
        {
            StorageAccountClientProvider = new StorageAccountClientProvider(azurite.ConnectionString),
            TaskHubName = hub,
            PartitionCount = 2,
        });
        await service.CreateIfNotExistsAsync();
        var client = new TaskHubRunOrchestrationClient(new TaskHubClient(service, new IsolatedDataConverter(), null));
        app.Services.GetRequiredService<DurableRunClients>().Default = client;
        using var stopScans = new CancellationTokenSource();
        var scans = ScanEveryFewSecondsAsync(app.Services.GetRequiredService<DurableRunRecovery>(), client, stopScans.Token);
        string[] args = [azurite.ConnectionString, hub, runsTable, container];

        var worker = await WorkerProcess.StartAsync(args);
        var killedAfter = 0;
        var driver = new AppDriver(app);
        var runs = new List<Run>();
        try
        {
            var steps = $$$$"""
                [{"id":"s1","uses":"http","timeout":"15s","with":{"method":"GET","url":"{{{{sink.BaseUrl}}}}/ok/s1"}},
                 {"id":"s2","uses":"http","timeout":"15s","depends_on":["s1"],"with":{"method":"GET","url":"{{{{sink.BaseUrl}}}}/ok/s2"}},
                 {"id":"s3","uses":"http","timeout":"15s","depends_on":["s2"],"with":{"method":"GET","url":"{{{{sink.BaseUrl}}}}/ok/s3"}}]
                """;
            var clock = Stopwatch.StartNew();
            await Parallel.ForEachAsync(Enumerable.Range(0, Runs), new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (_, _) =>
            {
                var run = await driver.StartRunAsync(steps);
                lock (runs)
                {
                    runs.Add(run);
                }
            });
            output.WriteLine($"{clock.Elapsed}: {Runs} runs requested");

            await Eventually.TrueAsync(() => Task.FromResult(sink.Requests.Count >= Runs), TimeSpan.FromSeconds(240), "a third of the step calls");
            worker.Kill();
            killedAfter = sink.Requests.Count;
            output.WriteLine($"{clock.Elapsed}: worker killed after {killedAfter} step calls");
            worker = await WorkerProcess.StartAsync(args);
            output.WriteLine($"{clock.Elapsed}: worker restarted");

            var store = app.Services.GetRequiredService<IRunExecutionStore>();
            var unfinished = new List<string>();
            var lastProgress = Stopwatch.StartNew();
            var before = (Unfinished: Runs, Calls: 0);
            while (true)
            {
                unfinished.Clear();
                foreach (var run in runs)
                {
                    var state = (await store.LoadAsync(run.TenantId, run.RunId))?.State;
                    if (state is null || !RunTransitions.IsTerminal(state.Status))
                    {
                        unfinished.Add($"{run.RunId}={state?.Status}:{string.Join('/', state?.Steps.Select(step => $"{step.Status}({step.Deliveries})") ?? [])}");
                    }
                }

                if (unfinished.Count == 0)
                {
                    break;
                }

                if ((unfinished.Count, sink.Requests.Count) != before)
                {
                    before = (unfinished.Count, sink.Requests.Count);
                    lastProgress.Restart();
                }
                else if (lastProgress.Elapsed > TimeSpan.FromSeconds(150)) // no run moved for that long: stalled, not slow
                {
                    output.WriteLine($"{clock.Elapsed}: {unfinished.Count} unfinished, {sink.Requests.Count} step calls; first: {string.Join(", ", unfinished.Take(5))}");
                    lock (WorkerProcess.Warnings)
                    {
                        foreach (var warning in WorkerProcess.Warnings.Where(warning => !warning.Contains("Extensions.Hosting", StringComparison.Ordinal)).Take(200))
                        {
                            output.WriteLine(warning);
                        }
                    }

                    await DescribeAsync(service, sink, unfinished.Take(3).Select(entry => entry[..entry.IndexOf('=', StringComparison.Ordinal)]));
                    Assert.Fail($"{unfinished.Count} runs made no progress for 150 s after the restart");
                }

                await Task.Delay(TimeSpan.FromSeconds(2));
            }

            output.WriteLine($"{clock.Elapsed}: every run finished; {sink.Requests.Count} step calls");

            foreach (var run in runs)
            {
                Assert.Equal(RunStatus.Succeeded, (await store.LoadAsync(run.TenantId, run.RunId))!.State!.Status);
            }
        }
        finally
        {
            worker.Kill();
            await stopScans.CancelAsync();
            await scans;
        }

        Assert.InRange(killedAfter, Runs, 3 * Runs - 1); // the kill came mid-way
        var keys = sink.Calls.Select(call => call.IdempotencyKey).ToList();
        var expected = runs.SelectMany(run => new[] { $"{run.RunId}:s1:1", $"{run.RunId}:s2:1", $"{run.RunId}:s3:1" }).Order(StringComparer.Ordinal);
        Assert.Equal(expected, keys.Distinct().Order(StringComparer.Ordinal)); // each step's effect under its one key; none under a second attempt
    }

    /// <summary>The Functions app's recovery timer (every 15 s there): schedules lost runs, hands overdue attempts out again.</summary>
    private static async Task ScanEveryFewSecondsAsync(DurableRunRecovery recovery, IRunOrchestrationClient client, CancellationToken stop)
    {
        while (!stop.IsCancellationRequested)
        {
            try
            {
                await recovery.ScanAsync(client, stop);
                await Task.Delay(TimeSpan.FromSeconds(5), stop);
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                return;
            }
        }
    }

    /// <summary>What the backend and the sink saw of each stalled run: its instance status and history, and the step calls made.</summary>
    private async Task DescribeAsync(AzureStorageOrchestrationService service, HttpSink sink, IEnumerable<string> runIds)
    {
        var client = new TaskHubClient(service, new IsolatedDataConverter(), null);
        foreach (var runId in runIds)
        {
            var calls = sink.Calls.Where(call => call.IdempotencyKey?.StartsWith(runId, StringComparison.Ordinal) == true).Select(call => call.IdempotencyKey);
            output.WriteLine($"{runId}: step calls {string.Join(' ', calls)}");
            var state = await client.GetOrchestrationStateAsync(runId);
            output.WriteLine($"{runId}: instance {state?.OrchestrationStatus} updated {state?.LastUpdatedTime:O} execution {state?.OrchestrationInstance.ExecutionId}");
            if (state is not null)
            {
                var history = await service.GetOrchestrationHistoryAsync(runId, state.OrchestrationInstance.ExecutionId);
                output.WriteLine($"{runId}: history {history}");
            }
        }
    }

    /// <summary>The worker child process (<c>Durable.Benchmarks crash-worker</c>), killed by its PID.</summary>
    private sealed class WorkerProcess(Process process)
    {
        /// <summary>Every worker's warnings and errors (standard error), for the report of a stall.</summary>
        public static List<string> Warnings { get; } = [];

        private bool _killed;

        public static async Task<WorkerProcess> StartAsync(string[] args)
        {
            var dll = Path.Combine(RepositoryPaths.Root, "benchmarks", "Durable.Benchmarks", "bin", Configuration, "net10.0", "JobForge.Durable.Benchmarks.dll");
            Assert.True(File.Exists(dll), "build benchmarks/Durable.Benchmarks first: " + dll);
            var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            info.ArgumentList.Add(dll);
            info.ArgumentList.Add("crash-worker");
            foreach (var arg in args)
            {
                info.ArgumentList.Add(arg);
            }

            var process = Process.Start(info) ?? throw new InvalidOperationException("could not start the worker");
            var ready = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            process.OutputDataReceived += (_, line) =>
            {
                if (line.Data == "ready")
                {
                    ready.TrySetResult();
                }
            };
            process.ErrorDataReceived += (_, line) =>
            {
                if (line.Data is { } text)
                {
                    lock (Warnings)
                    {
                        Warnings.Add($"[{process.Id}] {text}");
                    }
                }
            };
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
            await ready.Task.WaitAsync(TimeSpan.FromSeconds(60));
            return new WorkerProcess(process);
        }

        public void Kill()
        {
            if (_killed)
            {
                return;
            }

            _killed = true;
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
                process.WaitForExit(10_000);
            }

            process.Dispose();
        }

#if DEBUG
        private const string Configuration = "Debug";
#else
        private const string Configuration = "Release";
#endif
    }
}
