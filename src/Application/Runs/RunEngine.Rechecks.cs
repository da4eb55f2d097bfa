using System.Collections.Concurrent;

namespace JobForge.Application.Runs;

/// <content>Looking again at runs held by another worker when their lease lapses.</content>
public sealed partial class RunEngine
{
    /// <summary>How long after a lease's end a run is looked at again, for clock skew between servers.</summary>
    private static readonly TimeSpan LapseMargin = TimeSpan.FromMilliseconds(250);

    /// <summary>The shortest wait before looking again, so a clock behind the lease holder's never spins.</summary>
    private static readonly TimeSpan MinRecheckDelay = TimeSpan.FromMilliseconds(500);

    private readonly ConcurrentDictionary<(string, string), byte> _rechecks = new();

    /// <summary>Runs waiting here for another worker's lease to lapse (the recovery scan leaves them to their recheck).</summary>
    public int RecheckCount => _rechecks.Count;

    /// <summary>
    /// Queues the run again when the lease that blocked it ends (held until <paramref name="heldUntil"/>): if its
    /// worker died the run resumes then; if the worker renewed, it is found held again and waits for the new end. At
    /// most <c>MaxKnownRecords</c> runs wait this way; beyond that the recovery scan finds them.
    /// </summary>
    private void RecheckWhenLapsed(string tenantId, string runId, DateTimeOffset heldUntil, CancellationToken stoppingToken)
    {
        if (_rechecks.Count >= MaxKnownRecords || !_rechecks.TryAdd((tenantId, runId), 0))
        {
            return;
        }

        _ = RecheckAsync(tenantId, runId, heldUntil, stoppingToken);
    }

    private async Task RecheckAsync(string tenantId, string runId, DateTimeOffset heldUntil, CancellationToken stoppingToken)
    {
        try
        {
            var wait = heldUntil - _time.GetUtcNow() + LapseMargin;
            await Task.Delay(wait < MinRecheckDelay ? MinRecheckDelay : wait, _time, stoppingToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            return;
        }
        finally
        {
            _rechecks.TryRemove((tenantId, runId), out _);
        }

        _queue.Enqueue(tenantId, runId);
    }
}
