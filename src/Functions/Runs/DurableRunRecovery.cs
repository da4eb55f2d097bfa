using Microsoft.Extensions.Logging;
using JobForge.Domain.Runs;
using Microsoft.DurableTask.Client;

namespace JobForge.Functions.Runs;

/// <summary>
/// The Functions recovery scan, for a timer function: every due entry of the work index is a run accepted but perhaps
/// never scheduled (a crash between the row and the schedule), or signaled while its event was lost. Each is handed to
/// <see cref="DurableRunStarter.EnsureAsync"/>; a run whose orchestration is active has its entry moved out by
/// <see cref="ActiveRecheck"/>, or to its attempt's deadline when sooner (the orchestration removes it when the run
/// ends), and an attempt whose outcome is overdue is handed out again (<see cref="DurableAttemptWatchdog"/>).
/// </summary>
public sealed class DurableRunRecovery(
    IRunExecutionStore store, DurableRunStarter starter, DurableAttemptWatchdog watchdog, TimeProvider time, ILogger<DurableRunRecovery> logger)
{
    private const int ScanBatch = 200;

    /// <summary>How long an active run's work entry is moved out after a scan found its orchestration (5 minutes).</summary>
    public static TimeSpan ActiveRecheck { get; } = TimeSpan.FromMinutes(5);

    /// <summary>One scan with the Functions Durable client binding. Returns how many runs were scheduled.</summary>
    public Task<int> ScanAsync(DurableTaskClient client, CancellationToken cancellationToken) =>
        ScanAsync(new DurableTaskRunOrchestrationClient(client), cancellationToken);

    /// <summary>One scan. Returns how many runs were scheduled (they had no active orchestration).</summary>
    public async Task<int> ScanAsync(IRunOrchestrationClient client, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(client);
        var now = time.GetUtcNow();
        var scheduled = 0;
        foreach (var item in await store.ListDueAsync(now, ScanBatch, cancellationToken))
        {
            try
            {
                var (instance, record) = await starter.EnsureAndDescribeAsync(client, item.TenantId, item.RunId, cancellationToken);
                if (instance.Status == RunOrchestrationStatus.Active)
                {
                    var due = await watchdog.CheckAsync(client, item, record!, instance, now, cancellationToken);
                    await store.SetWorkAsync(item with { DueAt = due }, cancellationToken);
                }
                else
                {
                    scheduled++;
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException and not OutOfMemoryException)
            {
                DurableRunsLog.RecoveryFailed(logger, item.RunId, ex);
            }
        }

        return scheduled;
    }
}
