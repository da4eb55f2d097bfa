using JobForge.Domain.Events;
using JobForge.Application.Audit;
using JobForge.Application.Flags;
using Microsoft.Extensions.Options;

namespace JobForge.Application.Events;

/// <summary>What the event handlers need, bundled for <c>[AsParameters]</c>.</summary>
public sealed record EventIngestServices(
    IEventStore Store,
    IFieldProtector Protector,
    IIdGenerator Ids,
    FeatureFlagsReader Flags,
    TimeProvider Time,
    IOptions<EventsOptions> Options,
    AuditRecorder Audit,
    EventIngestor Ingestor);
