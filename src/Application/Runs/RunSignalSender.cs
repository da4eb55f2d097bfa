using JobForge.Domain.Runs;

namespace JobForge.Application.Runs;

/// <summary>
/// Appends a <see cref="RunSignal"/> to a run's inbox (conditional on the version read, retried on conflict), makes the
/// run due in the work index unless a live worker holds it (that worker finds the signal when it next saves or
/// renews), and tells the local engine. The answer is what the signal was appended to; the decider applies it.
/// </summary>
public sealed class RunSignalSender(IRunExecutionStore store, IRunWorkNotifier notifier, TimeProvider time)
{
    private const int MaxRounds = 8;

    /// <summary>
    /// Appends <paramref name="signal"/> when <paramref name="accept"/> says yes for the current record (it returns a
    /// refusal reason, or null to accept). Null record: no such run for the tenant.
    /// </summary>
    public async Task<(RunRecord? Record, string? Refusal)> SendAsync(
        string tenantId, string runId, RunSignal signal, Func<RunRecord, string?> accept, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(signal);
        ArgumentNullException.ThrowIfNull(accept);
        RunRecord? last = null;
        for (var round = 0; round < MaxRounds; round++)
        {
            var record = last = await store.LoadAsync(tenantId, runId, cancellationToken);
            if (record is null)
            {
                return (null, null);
            }

            if (accept(record) is { } refusal)
            {
                return (record, refusal);
            }

            if (record.Inbox.Count >= 32)
            {
                return (record, "inbox_full");
            }

            // The state stays as stored (null: not rewritten); the lease too, so a live worker keeps the run.
            var saved = await store.SaveAsync(tenantId, runId, null, record.Lease, [.. record.Inbox, signal], record.Version, cancellationToken);
            if (!saved.Saved)
            {
                continue;
            }

            var now = time.GetUtcNow();
            if (record.Lease is not { } lease || lease.Until <= now)
            {
                await store.SetWorkAsync(new RunWorkItem(tenantId, runId, now), cancellationToken);
            }

            notifier.RunReady(tenantId, runId);
            return (record, null);
        }

        return (last, "conflict");
    }
}
