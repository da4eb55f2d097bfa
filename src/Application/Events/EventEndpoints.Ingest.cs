using JobForge.Domain.Errors;
using JobForge.Domain.Events;
using JobForge.Application.Admission;
using JobForge.Application.Auth;
using JobForge.Application.RateLimits;
using JobForge.Application.Errors;
using JobForge.Application.Flags;
using JobForge.Application.Json;

namespace JobForge.Application.Events;

public static partial class EventEndpoints
{
    /// <summary>
    /// Accepts one event: 202 with the receipt once it is durably stored (with its outbox entry), 200 with the original
    /// receipt for a resubmitted <c>(tenant_id, event_type, event_id)</c>; 503 <c>overloaded</c> with <c>Retry-After</c> while the
    /// event store's write queue is behind (<c>JOBFORGE_ADMISSION_CONTROL_ENABLED</c>); 4xx in the error envelope otherwise.
    /// </summary>
    public static async Task<IResult> IngestAsync(HttpContext context, [AsParameters] EventIngestServices services, CancellationToken cancellationToken)
    {
        if (FeatureGate.Check(context, services.Flags.Current.EventsEnabled, FeatureFlagNames.Events) is { } disabled)
        {
            return disabled;
        }

        var (document, bodyError) = await JsonRequestBody.ReadAsync(context, MaxBodyBytes, cancellationToken);
        if (bodyError is not null)
        {
            return bodyError;
        }

        using (document)
        {
            var now = services.Time.GetUtcNow();
            var request = new EventRequestContext(
                now, services.Ids, context.Request.Headers["Idempotency-Key"].FirstOrDefault(), context.Request.Headers["traceparent"].FirstOrDefault());
            var parsed = EventEnvelopeParser.Parse(document!.RootElement, request);
            if (!parsed.IsValid)
            {
                services.Audit.Record(context, context.GetCaller()!.TenantId ?? ClaimedTenant(document.RootElement), "event_ingest", "deny", "validation_failed",
                    new Dictionary<string, string> { ["problems"] = parsed.Problems.Count.ToString(System.Globalization.CultureInfo.InvariantCulture) });
                return ErrorResults.Problem(context, StatusCodes.Status400BadRequest, ErrorType.ValidationFailed,
                    $"The event is not valid: {parsed.Problems.Count} problem(s).", ProblemDetailsOf(parsed.Problems));
            }

            var envelope = parsed.Envelope!;
            var caller = context.GetCaller()!;
            if (!caller.CoversTenant(envelope.TenantId))
            {
                services.Audit.Record(context, envelope.TenantId, "event_ingest", "deny", "tenant_not_covered", Detail(envelope), envelope.ActorId);
                return ErrorResults.Problem(context, StatusCodes.Status403Forbidden, ErrorType.Forbidden,
                    "The API key does not cover this tenant.", new { tenant_id = envelope.TenantId });
            }

            if (AdmissionGate.Check(context, envelope.TenantId, AdmittedWork.Event) is { } overloaded)
            {
                return overloaded; // storage is behind: refused before anything is written
            }

            if (await RateLimitGate.CheckAsync(context, envelope.TenantId, envelope.ActorId) is { } limited)
            {
                return limited;
            }

            if (envelope.RedactionHints?.EncryptFields is { Count: > 0 } && !services.Protector.CanProtect)
            {
                return ErrorResults.Problem(context, StatusCodes.Status400BadRequest, ErrorType.ValidationFailed,
                    "encrypt_fields cannot be honoured: this server has no encryption key (JobForge:Events:Encryption:ActiveKeyId).",
                    ProblemDetailsOf([new ValidationProblem("$.redaction_hints.encrypt_fields", "unavailable", "no encryption key is configured")]));
            }

            var receipt = await services.Ingestor.AppendAsync(envelope, now, cancellationToken);
            if (receipt.Duplicate)
            {
                services.Audit.Record(context, envelope.TenantId, "replay_detected", "deny", "duplicate", Detail(envelope), envelope.ActorId);
            }
            else
            {
                services.Audit.Record(context, envelope.TenantId, "event_ingest", "allow", "accepted", Detail(envelope), envelope.ActorId);
            }

            var response = new EventReceiptResponse(receipt.EventId, receipt.TraceId, receipt.ReceivedAt, receipt.Duplicate);
            return receipt.Duplicate ? TypedResults.Ok(response) : TypedResults.Json(response, statusCode: StatusCodes.Status202Accepted);
        }
    }

    private static Dictionary<string, string> Detail(EventEnvelope envelope) =>
        new() { ["event_id"] = envelope.EventId, ["event_type"] = envelope.EventType };

    // For an operator key, the tenant an invalid body claims files its audit record (the sanitizer files unusable ids
    // under _system); a tenant-scoped key's records always go to its own tenant, so no one can write into another's trail.
    private static string? ClaimedTenant(System.Text.Json.JsonElement body) =>
        body.ValueKind == System.Text.Json.JsonValueKind.Object && body.TryGetProperty("tenant_id", out var tenant)
            && tenant.ValueKind == System.Text.Json.JsonValueKind.String ? tenant.GetString() : null;

    private static object[] ProblemDetailsOf(IReadOnlyList<ValidationProblem> problems) =>
        problems.Select(problem => (object)new { path = problem.Path, code = problem.Code, message = problem.Message }).ToArray();
}
