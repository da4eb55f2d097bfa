using Azure.Core.Pipeline;
using DurableTask.AzureStorage;
using DurableTask.Core;
using JobForge.Functions.Runs;
using JobForge.Storage.Configuration;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Worker;
using Microsoft.DurableTask.Worker.Shims;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace JobForge.Functions.Tests.Runs;

/// <summary>
/// The run orchestrator and its activities — the very classes the Functions bindings call — on the Durable Task
/// Framework's Azure Storage backend (the one Durable Functions uses) against Azurite, registered through the isolated
/// worker's public shims (a fresh shim per <see cref="ObjectCreator{T}.Create"/>). Activities are resolved from
/// the app's container. Also linked into benchmarks/Durable.Benchmarks (bench and crash worker).
/// </summary>
public sealed class DurableTaskTestHost : IAsyncDisposable
{
    private readonly TaskHubWorker _worker;

    private DurableTaskTestHost(TaskHubWorker worker, AzureStorageOrchestrationService service, TaskHubClient client)
    {
        _worker = worker;
        Service = service;
        Client = client;
        Runs = new TaskHubRunOrchestrationClient(client);
    }

    /// <summary>The backend (its settings name the task hub).</summary>
    public AzureStorageOrchestrationService Service { get; }

    /// <summary>The framework's client (inputs serialised as the isolated worker serialises them).</summary>
    public TaskHubClient Client { get; }

    /// <summary>The run scheduling client over <see cref="Client"/>.</summary>
    public TaskHubRunOrchestrationClient Runs { get; }

    /// <summary>Starts a worker for <paramref name="taskHub"/> (alphanumeric) with the run orchestrator and activities.</summary>
    public static Task<DurableTaskTestHost> StartAsync(
        string connectionString, string taskHub, IServiceProvider services, ILoggerFactory? loggers = null,
        Action<TaskHubWorker, DurableTaskShimFactory>? registerMore = null, string? workerId = null, int partitions = 2, HttpPipelinePolicy? observer = null,
        Action<AzureStorageOrchestrationServiceSettings>? tune = null)
    {
        loggers ??= NullLoggerFactory.Instance;
        var shims = new DurableTaskShimFactory(new DurableTaskWorkerOptions(), loggers);
        var deciders = services.GetRequiredService<DurableRunDeciders>();
        var plans = services.GetRequiredService<DurableRunPlans>();
        return StartAsync(connectionString, taskHub, loggers, worker =>
        {
            worker.AddTaskOrchestrations(new ShimOrchestration(DurableRunNames.Orchestration, () => shims.CreateOrchestration(DurableRunNames.Orchestration, new RunOrchestrator(deciders, plans))));
            worker.AddTaskActivities(
                Activity<RunStepActivity>(shims, DurableRunNames.StepActivity, services),
                Activity<RunPersistActivity>(shims, DurableRunNames.PersistActivity, services),
                Activity<RunTakeSignalsActivity>(shims, DurableRunNames.TakeSignalsActivity, services),
                Activity<RunLoadActivity>(shims, DurableRunNames.LoadActivity, services),
                Activity<RunCancelStepActivity>(shims, DurableRunNames.CancelStepActivity, services));
            registerMore?.Invoke(worker, shims);
        }, workerId, partitions, observer, tune);
    }

    /// <summary>Starts a worker for <paramref name="taskHub"/> with whatever <paramref name="register"/> adds.</summary>
    public static async Task<DurableTaskTestHost> StartAsync(
        string connectionString, string taskHub, ILoggerFactory loggers, Action<TaskHubWorker> register, string? workerId = null, int partitions = 2,
        HttpPipelinePolicy? observer = null, Action<AzureStorageOrchestrationServiceSettings>? tune = null)
    {
        var settings = new AzureStorageOrchestrationServiceSettings
        {
            StorageAccountClientProvider = observer is null
                ? new StorageAccountClientProvider(connectionString)
                : new StorageAccountClientProvider(
                    StorageServiceClientProvider.ForBlob(connectionString, StorageClientOptionsFactory.Blobs(new StorageOptions(), observer)),
                    StorageServiceClientProvider.ForQueue(connectionString, StorageClientOptionsFactory.Queues(new StorageOptions(), observer)),
                    StorageServiceClientProvider.ForTable(connectionString, StorageClientOptionsFactory.Tables(new StorageOptions(), observer))),
            TaskHubName = taskHub,
            PartitionCount = partitions,
            MaxQueuePollingInterval = TimeSpan.FromSeconds(1),
            ThrowExceptionOnInvalidDedupeStatus = true,
            LoggerFactory = loggers,
            WorkerId = workerId ?? Environment.MachineName + "-" + Environment.ProcessId,
        };
        tune?.Invoke(settings);
        var service = new AzureStorageOrchestrationService(settings);
        await service.CreateIfNotExistsAsync();
        var worker = new TaskHubWorker(service, loggers) { ErrorPropagationMode = ErrorPropagationMode.UseFailureDetails };
        register(worker);
        await worker.StartAsync();
        var client = new TaskHubClient(service, new IsolatedDataConverter(), loggers);
        return new DurableTaskTestHost(worker, service, client);
    }

    /// <summary>An activity creator resolving <typeparamref name="T"/> from <paramref name="services"/> for each execution.</summary>
    public static ObjectCreator<TaskActivity> Activity<T>(DurableTaskShimFactory shims, string name, IServiceProvider services)
        where T : ITaskActivity =>
        new ShimActivity(name, () => shims.CreateActivity(name, services.GetRequiredService<T>()));

    /// <summary>Waits for the run's orchestration to finish (bounded).</summary>
    public async Task<OrchestrationState> WaitAsync(string runId, TimeSpan timeout) =>
        await Client.WaitForOrchestrationAsync(new OrchestrationInstance { InstanceId = runId }, timeout)
            ?? throw new TimeoutException($"orchestration {runId} did not finish in {timeout}");

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _worker.StopAsync(isForced: false);
        _worker.Dispose();
    }

    /// <summary>An orchestration registration.</summary>
    public sealed class ShimOrchestration : ObjectCreator<TaskOrchestration>
    {
        private readonly Func<TaskOrchestration> _create;

        /// <summary>Registers <paramref name="create"/> under <paramref name="name"/>.</summary>
        public ShimOrchestration(string name, Func<TaskOrchestration> create)
        {
            Name = name;
            Version = string.Empty;
            _create = create;
        }

        /// <inheritdoc />
        public override TaskOrchestration Create() => _create();
    }

    /// <summary>An activity registration.</summary>
    public sealed class ShimActivity : ObjectCreator<TaskActivity>
    {
        private readonly Func<TaskActivity> _create;

        /// <summary>Registers <paramref name="create"/> under <paramref name="name"/>.</summary>
        public ShimActivity(string name, Func<TaskActivity> create)
        {
            Name = name;
            Version = string.Empty;
            _create = create;
        }

        /// <inheritdoc />
        public override TaskActivity Create() => _create();
    }
}
