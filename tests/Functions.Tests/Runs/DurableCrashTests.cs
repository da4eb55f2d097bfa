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
// Out of the test command (scripts/crash-durable runs it): on a quiet fresh clone 3 of 100 runs once stayed Running for
// 150 s after the restart, a stall not yet explained (see docs/benchmarks.md, "Durable crash test").
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
            ["JobForge:Engine:RunTimeout"] = "00:10:00",
        });
        await app.StartAsync();
        var service = new AzureStorageOrchestrationService(new AzureStorageOrchestrationServiceSettings
        {
            StorageAccountClientProvider = new StorageAccountClientProvider(azurite.ConnectionString),
            TaskHubName = hub,
            PartitionCount = 2,
        });
        await service.CreateIfNotExistsAsync();
        app.Services.GetRequiredService<DurableRunClients>().Default = new TaskHubRunOrchestrationClient(new TaskHubClient(service, new IsolatedDataConverter(), null));
        string[] args = [azurite.ConnectionString, hub, runsTable, container];

        var worker = await WorkerProcess.StartAsync(args);
        var killedAfter = 0;
        var driver = new AppDriver(app);
        var runs = new List<Run>();
        try
        {
            var steps = $$$$"""
                [{"id":"s1","uses":"http","with":{"method":"GET","url":"{{{{sink.BaseUrl}}}}/ok/s1"}},
                 {"id":"s2","uses":"http","depends_on":["s1"],"with":{"method":"GET","url":"{{{{sink.BaseUrl}}}}/ok/s2"}},
                 {"id":"s3","uses":"http","depends_on":["s2"],"with":{"method":"GET","url":"{{{{sink.BaseUrl}}}}/ok/s3"}}]
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

            await Eventually.TrueAsync(() => Task.FromResult(sink.Requests.Count >= Runs), TimeSpan.FromSeconds(60), "a third of the step calls");
            worker.Kill();
            killedAfter = sink.Requests.Count;
            output.WriteLine($"{clock.Elapsed}: worker killed after {killedAfter} step calls");
            worker = await WorkerProcess.StartAsync(args);
            output.WriteLine($"{clock.Elapsed}: worker restarted");

            var store = app.Services.GetRequiredService<IRunExecutionStore>();
            var unfinished = new List<string>();
            try
            {
                await Eventually.TrueAsync(async () =>
                {
                    unfinished.Clear();
                    foreach (var run in runs)
                    {
                        var state = (await store.LoadAsync(run.TenantId, run.RunId))?.State;
                        if (state is null || !RunTransitions.IsTerminal(state.Status))
                        {
                            unfinished.Add($"{run.RunId}={state?.Status}:{string.Join('/', state?.Steps.Select(step => step.Status) ?? [])}");
                        }
                    }

                    return unfinished.Count == 0;
                }, TimeSpan.FromSeconds(150), "every run to finish after the restart"); // generous: 2 cores shared by many builds here
            }
            catch (TimeoutException)
            {
                output.WriteLine($"{clock.Elapsed}: {unfinished.Count} unfinished, {sink.Requests.Count} step calls; first: {string.Join(", ", unfinished.Take(5))}");
                throw;
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
        }

        Assert.InRange(killedAfter, Runs, 3 * Runs - 1); // the kill came mid-way
        var keys = sink.Calls.Select(call => call.IdempotencyKey).ToList();
        var expected = runs.SelectMany(run => new[] { $"{run.RunId}:s1:1", $"{run.RunId}:s2:1", $"{run.RunId}:s3:1" }).Order(StringComparer.Ordinal);
        Assert.Equal(expected, keys.Distinct().Order(StringComparer.Ordinal)); // each step's effect under its one key; none under a second attempt
    }

    /// <summary>The worker child process (<c>Durable.Benchmarks crash-worker</c>), killed by its PID.</summary>
    private sealed class WorkerProcess(Process process)
    {
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
            process.ErrorDataReceived += (_, _) => { };
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
