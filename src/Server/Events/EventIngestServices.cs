using JobForge.Domain.Events;
using JobForge.Server.Audit;
using JobForge.Server.Flags;
using Microsoft.Extensions.Options;

namespace JobForge.Server.Events;

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
