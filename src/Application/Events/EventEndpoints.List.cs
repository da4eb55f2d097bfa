using System.Text.Json;
using JobForge.Domain.Errors;
using JobForge.Domain.Events;
using JobForge.Application.Auth;
using JobForge.Application.Errors;
using JobForge.Application.Flags;
using JobForge.Storage.Events;

namespace JobForge.Application.Events;

public static partial class EventEndpoints
{
    /// <summary>
    /// Lists one tenant's events newest first (<c>tenant_id</c>, defaulting to a tenant-scoped key's tenant, plus the
    /// filters of <see cref="EventListQuery"/>). Encrypted fields are decrypted only for keys with <c>events:pii</c>.
    /// </summary>
    public static async Task<IResult> ListAsync(HttpContext context, [AsParameters] EventIngestServices services, CancellationToken cancellationToken)
    {
        if (FeatureGate.Check(context, services.Flags.Current.EventsEnabled, FeatureFlagNames.Events) is { } disabled)
        {
            return disabled;
        }

        var caller = context.GetCaller()!;
        var parameters = context.Request.Query.ToDictionary(pair => pair.Key, pair => (string?)pair.Value.ToString(), StringComparer.Ordinal);
        parameters.Remove("tenant_id", out var tenantId);
        tenantId ??= caller.TenantId;
        if (string.IsNullOrEmpty(tenantId) || !StorageSafeId.IsValid(tenantId, StorageSafeId.MaxScopeIdLength))
        {
            return ErrorResults.Problem(context, StatusCodes.Status400BadRequest, ErrorType.ValidationFailed, "Give a valid tenant_id.",
                new[] { new { path = "tenant_id", code = tenantId is null ? "required" : "invalid_format", message = "tenant_id is required for all-tenant keys and must be 1-64 of A-Z a-z 0-9 . _ : -" } });
        }

        if (!caller.CoversTenant(tenantId))
        {
            return ErrorResults.Problem(context, StatusCodes.Status403Forbidden, ErrorType.Forbidden, "The API key does not cover this tenant.", new { tenant_id = tenantId });
        }

        var parsed = EventListQuery.Parse(parameters);
        if (!parsed.IsValid)
        {
            return ErrorResults.Problem(context, StatusCodes.Status400BadRequest, ErrorType.ValidationFailed, "The query is not valid.", ProblemDetailsOf(parsed.Problems));
        }

        EventPage page;
        try
        {
            page = await services.Store.ListAsync(tenantId, parsed.Query!, cancellationToken);
        }
        catch (InvalidCursorException)
        {
            // The store rejects cursors it did not issue (tampered, truncated, or from another query).
            return ErrorResults.Problem(context, StatusCodes.Status400BadRequest, ErrorType.ValidationFailed, "The cursor is not valid.",
                ProblemDetailsOf([new ValidationProblem("cursor", "invalid_format", "pass back the next_cursor of a previous page unchanged")]));
        }

        var canSeePii = caller.HasScope("events:pii");
        var events = page.Events.Select(stored => ForReader(stored, canSeePii, services.Protector)).ToList();
        return TypedResults.Ok(new EventListResponse(events, page.NextCursor));
    }

    private static JsonElement ForReader(StoredEvent stored, bool canSeePii, IFieldProtector protector)
    {
        using var document = JsonDocument.Parse(stored.DocumentJson, new JsonDocumentOptions { MaxDepth = 64 });
        var root = document.RootElement;
        var hints = ReadHints(root);
        var payload = EventPayloadProtection.ForReader(
            root.GetProperty("payload"), hints, new FieldProtectionContext(stored.TenantId, stored.EventId), canSeePii, protector);
        var copy = System.Text.Json.Nodes.JsonObject.Create(root.Clone())!;
        copy["payload"] = System.Text.Json.Nodes.JsonNode.Parse(payload.GetRawText());
        return JsonSerializer.SerializeToElement(copy);
    }

    private static RedactionHints? ReadHints(JsonElement root)
    {
        if (!root.TryGetProperty("redaction_hints", out var hints))
        {
            return null;
        }

        static IReadOnlyList<PayloadPath> Paths(JsonElement hints, string name) =>
            hints.TryGetProperty(name, out var array) && array.ValueKind == JsonValueKind.Array
                ? array.EnumerateArray().Select(item => PayloadPath.TryParse(item.GetString(), out var path) ? path : null).OfType<PayloadPath>().ToList()
                : [];

        return new RedactionHints { RedactFields = Paths(hints, "redact_fields"), EncryptFields = Paths(hints, "encrypt_fields") };
    }
}
