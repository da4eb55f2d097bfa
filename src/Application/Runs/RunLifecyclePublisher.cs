using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using JobForge.Domain.Events;
using JobForge.Domain.Runs;
using JobForge.Application.Events;
using JobForge.Application.Flags;

namespace JobForge.Application.Runs;

/// <summary>
/// Publishes <c>jobforge.run.*</c> events through the same ingestion path as <c>POST /api/v1/events</c> (source app
/// <c>jobforge</c>), when <c>JOBFORGE_EVENTS_ENABLED</c> is on. The event id is derived from the run and event type,
/// so a worker that publishes again after a crash stores nothing new. Payload: run id, template key and version,
/// status, and the failure type when there is one (never inputs or outputs). Failures are logged, never thrown.
/// </summary>
internal sealed class RunLifecyclePublisher(EventIngestor ingestor, FeatureFlagsReader flags, TimeProvider time, ILogger<RunLifecyclePublisher> logger)
    : IRunLifecyclePublisher
{
    public async Task PublishAsync(Run run, RunState state, string eventType, CancellationToken cancellationToken)
    {
        if (!flags.Current.EventsEnabled)
        {
            return;
        }

        try
        {
            var now = time.GetUtcNow();
            var eventId = EventId(run, eventType);
            var payload = new JsonObject
            {
                ["run_id"] = run.RunId,
                ["template_key"] = run.TemplateKey,
                ["template_version"] = run.TemplateVersion,
                ["status"] = RunStatusNames.ToWireName(state.Status),
            };
            if (state.Failure is { } failure)
            {
                payload["failure_type"] = failure.Type;
            }

            var body = new JsonObject
            {
                ["event_id"] = eventId,
                ["event_type"] = eventType,
                ["tenant_id"] = run.TenantId,
                ["source_app"] = EventWireNames.ToWireName(SourceApp.JobForge),
                ["payload"] = payload,
            };
            if (run.ProjectId is { } project)
            {
                body["project_id"] = project;
            }

            var parsed = EventEnvelopeParser.Parse(JsonSerializer.SerializeToElement(body), new EventRequestContext(now, new FixedIds(eventId, run.TraceId)));
            if (parsed.Envelope is { } envelope)
            {
                await ingestor.AppendAsync(envelope, now, cancellationToken);
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException and not OutOfMemoryException)
        {
            RunsLog.LifecycleFailed(logger, run.RunId, eventType, ex);
        }
    }

    private static string EventId(Run run, string eventType) =>
        "evt_" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(run.TenantId + "\n" + run.RunId + "\n" + eventType)))[..32];

    private sealed class FixedIds(string eventId, string traceId) : IIdGenerator
    {
        public string NewEventId() => eventId;

        public string NewTraceId() => traceId;
    }
}
