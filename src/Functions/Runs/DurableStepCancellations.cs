using System.Collections.Concurrent;

namespace JobForge.Functions.Runs;

/// <summary>
/// The attempts in flight in this process, by run, so a cancel decided by the orchestrator stops the attempt (the
/// step runner sees its token canceled, as on the self-hosted engine). An attempt in another instance of a scaled-out
/// app is not reached: it runs to its timeout and the cancel completes with its outcome.
/// </summary>
public sealed class DurableStepCancellations
{
    private readonly ConcurrentDictionary<(string, string), CancellationTokenSource> _inFlight = new();

    /// <summary>Registers the attempt of <paramref name="run"/>; dispose the result when it ends.</summary>
    public Registration Register(DurableRunRef run)
    {
        ArgumentNullException.ThrowIfNull(run);
        var source = new CancellationTokenSource();
        _inFlight[(run.TenantId, run.RunId)] = source;
        return new Registration(this, (run.TenantId, run.RunId), source);
    }

    /// <summary>Cancels the attempt of <paramref name="run"/> in flight here; false when there is none.</summary>
    public bool Cancel(DurableRunRef run)
    {
        ArgumentNullException.ThrowIfNull(run);
        if (!_inFlight.TryGetValue((run.TenantId, run.RunId), out var source))
        {
            return false;
        }

        source.Cancel();
        return true;
    }

    /// <summary>One registered attempt.</summary>
    public sealed class Registration : IDisposable
    {
        private readonly DurableStepCancellations _owner;
        private readonly (string, string) _key;
        private readonly CancellationTokenSource _source;

        internal Registration(DurableStepCancellations owner, (string, string) key, CancellationTokenSource source)
        {
            _owner = owner;
            _key = key;
            _source = source;
        }

        /// <summary>Fires when the attempt is canceled.</summary>
        public CancellationToken Token => _source.Token;

        /// <inheritdoc />
        public void Dispose()
        {
            _owner._inFlight.TryRemove(new KeyValuePair<(string, string), CancellationTokenSource>(_key, _source));
            _source.Dispose();
        }
    }
}
