namespace JobForge.Application.Triggers;

/// <content>Keeping the event trigger index current without ticking (for the outbox observer).</content>
public sealed partial class TriggerScheduler
{
    /// <summary>
    /// Loads the event trigger index if this instance has not yet, and applies local changes and — when due — the change
    /// feed, without touching the lease or firing anything. The outbox observer calls it before evaluating event
    /// triggers, so they do not depend on the scheduler ticking in the same process (a server with the scheduler off, or
    /// a Functions instance whose outbox timer runs without the scheduler timer). A tick in progress keeps the index
    /// current itself, so once loaded this returns at once rather than waiting for it.
    /// </summary>
    public async Task RefreshTriggersAsync(DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        if (_events.Loaded)
        {
            if (!await _tickGate.WaitAsync(TimeSpan.Zero, cancellationToken).ConfigureAwait(false))
            {
                return;
            }
        }
        else
        {
            await _tickGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        }

        try
        {
            if (_abandoned)
            {
                return;
            }

            if (!_events.Loaded)
            {
                await LoadEventIndexAsync(now, cancellationToken).ConfigureAwait(false);
            }

            await ApplyChangesAsync(now, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _tickGate.Release();
        }
    }
}
