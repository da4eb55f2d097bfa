using JobForge.Domain.Events;
using Microsoft.Extensions.Options;

namespace JobForge.Application.Events;

/// <summary>
/// The host-neutral part of event ingestion, shared by <c>POST /api/v1/events</c> and the <c>publish_event</c> step:
/// stores a validated envelope with its retention, protected payload and outbox message, deduplicating client ids.
/// Callers do the authorization, rate limiting and auditing that fits their entry point.
/// </summary>
public sealed class EventIngestor
{
    private readonly IEventStore _store;
    private readonly IFieldProtector _protector;
    private readonly IOptions<EventsOptions> _options;
    private readonly ILogger _logger;

    /// <summary>An ingestor over <paramref name="store"/>.</summary>
    public EventIngestor(IEventStore store, IFieldProtector protector, IOptions<EventsOptions> options, ILoggerFactory loggers)
    {
        _store = store ?? throw new ArgumentNullException(nameof(store));
        _protector = protector ?? throw new ArgumentNullException(nameof(protector));
        _options = options ?? throw new ArgumentNullException(nameof(options));
        _logger = (loggers ?? throw new ArgumentNullException(nameof(loggers))).CreateLogger("JobForge.Application.Events");
    }

    /// <summary>Whether <c>encrypt_fields</c> can be honoured (an encryption key is configured).</summary>
    public bool CanEncrypt => _protector.CanProtect;

    /// <summary>Stores <paramref name="envelope"/> received at <paramref name="now"/>: its receipt, or the original's for a duplicate.</summary>
    public async Task<EventReceipt> AppendAsync(EventEnvelope envelope, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(envelope);
        var result = await _store.AppendAsync(ToAppend(envelope, now), cancellationToken);
        var receipt = result.Receipt;
        EventsLog.Accepted(_logger, envelope.TenantId, envelope.EventType, receipt.EventId, receipt.Duplicate);
        Telemetry.JobForgeMetrics.EventIngested(receipt.Duplicate);
        return receipt;
    }

    private EventAppend ToAppend(EventEnvelope envelope, DateTimeOffset now)
    {
        var options = _options.Value;
        var expiresAt = RetentionPolicy.ExpiresAt(envelope, now, options.DefaultRetention, options.PiiRetention);
        var stored = new StoredEvent(
            envelope.TenantId,
            envelope.EventId,
            envelope.EventType,
            EventWireNames.ToWireName(envelope.SourceApp),
            envelope.SourceModule is { } module ? EventWireNames.ToWireName(module) : null,
            envelope.ProjectId,
            envelope.TraceId,
            envelope.IsClientSuppliedEventId,
            now,
            expiresAt,
            EventDocumentWriter.Write(envelope, EventPayloadProtection.ForStorage(envelope, _protector), now))
        {
            OccurredAt = envelope.OccurredAt,
        };
        var message = new OutboxMessage(
            envelope.EventId,
            envelope.TenantId,
            envelope.EventType,
            stored.SourceApp,
            envelope.TraceId,
            EventDocumentWriter.Write(envelope, EventPayloadProtection.ForPublishing(envelope), now));
        return new EventAppend(stored, message);
    }
}
