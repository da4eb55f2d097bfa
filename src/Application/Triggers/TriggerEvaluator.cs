using JobForge.Domain.RateLimits;
using JobForge.Domain.Templates;
using JobForge.Domain.Triggers;
using JobForge.Application.Flags;

namespace JobForge.Application.Triggers;

/// <summary>
/// Evaluates one would-be fire: reads the snapshot (counters — or uses the copy the caller kept, <see cref="TriggerFire.KnownCounters"/> —, handled mark, the target template's kind, the tenant rate
/// limit only when the counters pass), runs <see cref="TriggerGate"/>, takes the counters with an ETag-conditional
/// write (re-deciding on a concurrent change), submits the job through <see cref="TriggerJobRequester"/> with the fire
/// identity as idempotency key, and records the decision. Used by the scheduler, the event observer and <c>…/test</c>.
/// </summary>
public sealed partial class TriggerEvaluator
{
    private const int MaxCounterAttempts = 5;
    private readonly ITriggerCounters _counters;
    private readonly ITriggerDecisionLog _decisions;
    private readonly TemplateCatalog _catalog;
    private readonly FeatureFlagsReader _flags;
    private readonly TriggerJobRequester _requester;
    private readonly IRateLimiter? _rateLimiter;
    private readonly TimeProvider _time;
    private readonly ILogger<TriggerEvaluator> _logger;

    /// <summary>An evaluator; <paramref name="services"/> is asked for an optional <see cref="IRateLimiter"/>.</summary>
    public TriggerEvaluator(
        ITriggerCounters counters, ITriggerDecisionLog decisions, TemplateCatalog catalog, FeatureFlagsReader flags,
        TriggerJobRequester requester, TimeProvider time, ILogger<TriggerEvaluator> logger, IServiceProvider services)
    {
        _counters = counters ?? throw new ArgumentNullException(nameof(counters));
        _decisions = decisions ?? throw new ArgumentNullException(nameof(decisions));
        _catalog = catalog ?? throw new ArgumentNullException(nameof(catalog));
        _flags = flags ?? throw new ArgumentNullException(nameof(flags));
        _requester = requester ?? throw new ArgumentNullException(nameof(requester));
        _time = time ?? throw new ArgumentNullException(nameof(time));
        _logger = logger ?? throw new ArgumentNullException(nameof(logger));
        _rateLimiter = (services ?? throw new ArgumentNullException(nameof(services))).GetService<IRateLimiter>();
    }

    /// <summary>Evaluates <paramref name="fire"/> and records the decision; returns the record.</summary>
    public async Task<TriggerDecisionRecord> EvaluateAsync(TriggerFire fire, CancellationToken cancellationToken = default) =>
        (await EvaluateCountingAsync(fire, cancellationToken).ConfigureAwait(false)).Record;

    /// <summary>
    /// Evaluates <paramref name="fire"/> and records the decision; returns the record and the trigger's counters as
    /// last read or written (for the next <see cref="TriggerFire.KnownCounters"/>).
    /// </summary>
    internal async Task<(TriggerDecisionRecord Record, TriggerCounterState Counters)> EvaluateCountingAsync(TriggerFire fire, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(fire);
        var trigger = fire.Test ? fire.Trigger with { DryRun = true } : fire.Trigger;
        using var activity = Telemetry.JobForgeTelemetry.StartTriggerFire(trigger.TenantId, trigger.Id, trigger.TargetTemplateKey);
        var (decision, counters) = await DecideAsync(fire, trigger, cancellationToken).ConfigureAwait(false);
        activity?.SetTag(Telemetry.Attributes.Outcome, decision.Code);
        Telemetry.JobForgeMetrics.TriggerDecided(decision.Code);
        var record = new TriggerDecisionRecord
        {
            TenantId = trigger.TenantId,
            TriggerId = trigger.Id,
            EvaluatedAt = _time.GetUtcNow(),
            Decision = decision.Code,
            Reason = decision.Reason,
            FireIdentity = fire.FireIdentity,
            ScheduledAt = fire.ScheduledAt,
            EventId = fire.Event?.EventId,
            TemplateKey = trigger.TargetTemplateKey,
            Test = fire.Test,
        };
        if (decision.Passed)
        {
            var requested = await _requester.RequestAsync(fire with { Trigger = trigger }, dryRun: !decision.Fires, cancellationToken).ConfigureAwait(false);
            record = record with { Outcome = requested.Outcome, RunId = requested.RunId };
            if (decision.Fires && fire.Event is not null)
            {
                await _counters.MarkHandledAsync(trigger.TenantId, trigger.Id, fire.FireIdentity, record.EvaluatedAt, cancellationToken).ConfigureAwait(false);
            }

            TriggersLog.Fired(_logger, trigger.TenantId, trigger.Id, requested.Outcome, requested.RunId);
        }
        else
        {
            TriggersLog.NotFired(_logger, trigger.TenantId, trigger.Id, decision.Code);
        }

        await _decisions.AppendAsync(trigger.TenantId, record, cancellationToken).ConfigureAwait(false);
        return (record, counters);
    }

    /// <summary>The trigger's counters as stored (the scheduler reads them before a batch of slots, then keeps them).</summary>
    internal Task<TriggerCounterState> CountersAsync(Trigger trigger, CancellationToken cancellationToken = default) =>
        _counters.GetAsync(trigger.TenantId, trigger.Id, cancellationToken);

    private async Task<(TriggerDecision Decision, TriggerCounterState Counters)> DecideAsync(TriggerFire fire, Trigger trigger, CancellationToken cancellationToken)
    {
        var flags = _flags.Current;
        for (var attempt = 1; ; attempt++)
        {
            var counters = attempt == 1 && fire.KnownCounters is { } known
                ? known
                : await _counters.GetAsync(trigger.TenantId, trigger.Id, cancellationToken).ConfigureAwait(false);
            var input = new TriggerGateInput
            {
                Trigger = trigger, At = fire.At, TriggersEnabled = flags.TriggersEnabled, Counters = counters, EventType = fire.Event?.EventType,
                FireIdentity = fire.FireIdentity,
            };
            if (!TriggerGate.PassesCounters(input))
            {
                return (TriggerGate.Evaluate(input), counters);
            }

            var entry = await _catalog.GetAsync(trigger.TenantId, trigger.TargetTemplateKey, null, cancellationToken).ConfigureAwait(false);
            input = input with
            {
                TargetIsActionJob = entry?.Template.IsActionJob ?? false,
                TenantRateLimit = flags.RateLimitingEnabled && !fire.Test && _rateLimiter is not null
                    ? await _rateLimiter.AcquireAsync(trigger.TenantId, null, cancellationToken).ConfigureAwait(false)
                    : null,
                AlreadyHandled = fire.Event is not null
                    && await _counters.WasHandledAsync(trigger.TenantId, trigger.Id, fire.FireIdentity, cancellationToken).ConfigureAwait(false),
            };
            var decision = TriggerGate.Evaluate(input);
            if (!decision.Fires || fire.Test || TriggerGate.IsResumed(input))
            {
                return (decision, counters);
            }

            if (await _counters.TryRecordFireAsync(trigger.TenantId, trigger.Id, counters, fire.At, fire.FireIdentity, cancellationToken).ConfigureAwait(false) is { } taken)
            {
                return (decision, taken);
            }

            if (attempt >= MaxCounterAttempts)
            {
                return (new TriggerDecision(TriggerDecisionCodes.RateLimited, "the trigger's counters kept changing concurrently; not fired"), counters);
            }
        }
    }
}
