using JobForge.Functions.Runs;
using JobForge.Functions.Tests.Runs;
using JobForge.TestKit;
using JobForge.TestKit.Azurite;
using Microsoft.Extensions.DependencyInjection;

namespace JobForge.Functions.Tests.Scenarios;

/// <summary>
/// The Durable orchestrator and activities on the Durable Task Framework's Azure Storage backend against Azurite; the
/// notifier schedules and signals through the framework's client.
/// </summary>
public class DurableRunDriver : RunDriver
{
    private DurableTaskTestHost? _host;

    /// <inheritdoc />
    public override string Name => "Durable orchestrator";

    /// <summary>The worker host.</summary>
    public DurableTaskTestHost Host => _host ?? throw new InvalidOperationException("not started");

    /// <inheritdoc />
    protected override void Configure(IServiceCollection services)
    {
        services.AddSingleton<Microsoft.Extensions.Logging.ILogger<DurableRunNotifier>>(NotifierLog);
        services.AddJobForgeDurableRuns();
    }

    /// <summary>What the notifier logged (scheduling and signaling failures).</summary>
    public RecordingLogger<DurableRunNotifier> NotifierLog { get; } = new();

    /// <inheritdoc />
    protected override async Task StartDriverAsync()
    {
        var azurite = await AzuriteInstance.Shared;
        _host = await DurableTaskTestHost.StartAsync(azurite.ConnectionString, TaskHubNames.Next("scen"), App.Services);
        App.Services.GetRequiredService<DurableRunClients>().Default = _host.Runs;
    }

    /// <inheritdoc />
    protected override async Task<string> DescribeAsync(Domain.Runs.Run run)
    {
        ArgumentNullException.ThrowIfNull(run);
        var state = await Host.Client.GetOrchestrationStateAsync(run.RunId);
        var orchestration = state is null ? "no orchestration" : $"orchestration {state.OrchestrationStatus}: {state.Output} {state.FailureDetails}";
        return orchestration + "; notifier: " + string.Join(" | ", NotifierLog.Lines);
    }

    /// <inheritdoc />
    public override async Task RecoverAsync() =>
        await App.Services.GetRequiredService<DurableRunRecovery>().ScanAsync(Host.Runs, CancellationToken.None);

    /// <inheritdoc />
    protected override async Task StopDriverAsync()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }
    }
}
