using System.Text.Json;
using Azure;
using JobForge.Domain.Events;
using JobForge.Domain.Triggers;
using JobForge.Application.Publishing;

namespace JobForge.Application.Triggers;

/// <summary>
/// Evaluates event triggers for every event the outbox dispatcher publishes (never on the ingestion request path): the
/// envelope is matched against the tenant's enabled event triggers (<see cref="EventTriggerIndex"/>), and each match is
/// evaluated with the fire identity trigger + event id, so a redelivered event is a <c>duplicate</c>, never a second run.
/// Before each batch it has the <see cref="TriggerScheduler"/> load or refresh the index
/// (<see cref="TriggerScheduler.RefreshTriggersAsync"/>), so evaluation does not depend on the scheduler ticking in this process.
/// </summary>
public sealed class TriggerOutboxObserver : IOutboxObserver
{
    private readonly EventTriggerIndex _index;
    private readonly TriggerScheduler _scheduler;
    private readonly TriggerEvaluator _evaluator;
    private readonly TimeProvider _time;
    private readonly ILogger<TriggerOutboxObserver> _logger;

    /// <summary>An observer evaluating with <paramref name="evaluator"/> the triggers <paramref name="scheduler"/> keeps in <paramref name="index"/>.</summary>
    public TriggerOutboxObserver(
        EventTriggerIndex index, TriggerScheduler scheduler, TriggerEvaluator evaluator, TimeProvider time, ILogger<TriggerOutboxObserver> logger)
    {
        _index = index ?? throw new ArgumentNullException(nameof(index));
        _scheduler = scheduler ?? throw new ArgumentNullException(nameof(scheduler));
        _evaluator = evaluator ?? throw new ArgumentNullException(nameof(evaluator));
        _time = time ?? throw new ArgumentNullException(nameof(time));
        _logger = logger ?? throw new ArgumentNullException(nameof(logger));
    }

    /// <inheritdoc />
    public async Task OnPublishedAsync(IReadOnlyList<OutboxEntry> entries, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entries);
        try
        {
            await _scheduler.RefreshTriggersAsync(_time.GetUtcNow(), cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            TriggersLog.IndexRefreshFailed(_logger, ex); // evaluate with the index as last loaded…
            if (!_index.Loaded)
            {
                // …unless it never loaded (a server just started while storage is slow): every event would match nothing
                // and be completed unfired. Reported as storage being unavailable, the dispatcher keeps them pending.
                throw new RequestFailedException(0, "The event trigger index could not be loaded.", ex);
            }
        }

        foreach (var entry in entries)
        {
            try
            {
                await EvaluateAsync(entry.Message, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is not OperationCanceledException && !Errors.StorageOutage.Is(ex))
            {
                TriggersLog.EventFailed(_logger, entry.Message.EventId, ex); // storage outages go up: the dispatcher keeps the entries pending
            }
        }
    }

    /// <summary>Evaluates the event triggers matching one published message; returns the decisions.</summary>
    public async Task<IReadOnlyList<TriggerDecisionRecord>> EvaluateAsync(OutboxMessage message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        using var document = JsonDocument.Parse(message.BodyJson);
        if (TriggerEvent.FromEnvelope(document.RootElement) is not { } evt)
        {
            return [];
        }

        var decisions = new List<TriggerDecisionRecord>();
        foreach (var trigger in _index.Matching(evt))
        {
            var fire = new TriggerFire(trigger, FireIdentity.ForEvent(trigger.Id, evt.EventId), _time.GetUtcNow(), null, evt);
            decisions.Add(await _evaluator.EvaluateAsync(fire, cancellationToken).ConfigureAwait(false));
        }

        return decisions;
    }
}
