using JobForge.Domain.Errors;
using JobForge.Domain.Triggers;
using JobForge.Application.Auth;
using JobForge.Application.Errors;
using JobForge.Application.Json;

namespace JobForge.Application.Triggers;

public static partial class TriggerEndpoints
{
    /// <summary>
    /// Creates a trigger: tenant (403), shape (400 with every problem), target template exists (400) and the caller holds
    /// its scopes (403), an action template needs <c>allow_action_jobs</c> and a valid policy token (403
    /// <c>policy_denied</c>); 409 when the id exists. 201 with <c>Location</c> and <c>ETag</c>.
    /// </summary>
    public static async Task<IResult> CreateAsync(HttpContext context, [AsParameters] TriggerEndpointServices services, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(services);
        var (document, bodyError) = await JsonRequestBody.ReadAsync(context, MaxBodyBytes, cancellationToken);
        if (bodyError is not null)
        {
            return bodyError;
        }

        using (document)
        {
            var caller = context.GetCaller()!;
            var now = services.Time.GetUtcNow();
            var parsed = TriggerRequestParser.ParseCreate(document!.RootElement,
                new TriggerParseContext("trg_" + Guid.NewGuid().ToString("N")[..24], now, TriggerTimeZones.Find));
            if (parsed.TenantId is { } claimed && !caller.CoversTenant(claimed))
            {
                services.Audit.Record(context, caller.TenantId, "trigger_create", "deny", "tenant_not_covered", new Dictionary<string, string> { ["tenant_id"] = claimed });
                return ErrorResults.Problem(context, StatusCodes.Status403Forbidden, ErrorType.Forbidden,
                    "The API key does not cover this tenant; use a key issued for it.", new { tenant_id = claimed });
            }

            if (parsed.Trigger is not { } trigger)
            {
                services.Audit.Record(context, caller.TenantId ?? parsed.TenantId, "trigger_create", "deny", "validation_failed");
                return ValidationFailed(context, "The trigger is not valid", parsed.Problems);
            }

            if (await ApproveAsync(context, trigger, null, services, cancellationToken) is { } denied)
            {
                services.Audit.Record(context, trigger.TenantId, "trigger_create", "deny", denied.Reason, Details(trigger), trigger.CreatedBy);
                return denied.Result;
            }

            var result = await services.Store.CreateAsync(trigger.TenantId, trigger, cancellationToken);
            if (result.Stored is not { } stored)
            {
                return ErrorResults.Problem(context, StatusCodes.Status409Conflict, ErrorType.Conflict,
                    $"A trigger '{trigger.Id}' exists already for this tenant; PATCH it or choose another id.", new { id = trigger.Id });
            }

            services.Signal.Notify(trigger.TenantId, trigger.Id);
            services.Audit.Record(context, trigger.TenantId, "trigger_create", "allow", "created", Details(trigger), trigger.CreatedBy);
            context.Response.Headers.ETag = stored.Version;
            return TypedResults.Created("/api/v1/triggers/" + trigger.Id, TriggerResponse.From(stored, now));
        }
    }

    /// <summary>Changes a trigger (a partial body; <c>If-Match</c> makes it conditional, 412 when stale). Same checks as create.</summary>
    public static async Task<IResult> PatchAsync(HttpContext context, string id, [AsParameters] TriggerEndpointServices services, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(services);
        var (tenant, tenantError) = Tenant(context, services, "trigger_update");
        if (tenantError is not null)
        {
            return tenantError;
        }

        var (document, bodyError) = await JsonRequestBody.ReadAsync(context, MaxBodyBytes, cancellationToken);
        if (bodyError is not null)
        {
            return bodyError;
        }

        using (document)
        {
            var existing = ValidId(id) ? await services.Store.GetAsync(tenant!, id, cancellationToken) : null;
            if (existing is null)
            {
                return NotFound(context, id);
            }

            var now = services.Time.GetUtcNow();
            var parsed = TriggerRequestParser.ParsePatch(document!.RootElement, existing.Trigger, new TriggerParseContext(id, now, TriggerTimeZones.Find));
            if (parsed.Trigger is not { } trigger)
            {
                services.Audit.Record(context, tenant, "trigger_update", "deny", "validation_failed", Details(existing.Trigger));
                return ValidationFailed(context, "The trigger change is not valid", parsed.Problems);
            }

            if (await ApproveAsync(context, trigger, existing.Trigger, services, cancellationToken) is { } denied)
            {
                services.Audit.Record(context, tenant, "trigger_update", "deny", denied.Reason, Details(trigger), trigger.CreatedBy);
                return denied.Result;
            }

            // Always conditional on the version read, so a concurrent change is never lost; If-Match narrows it to the caller's.
            var ifMatch = context.Request.Headers.IfMatch.Count == 0 ? "*" : context.Request.Headers.IfMatch.ToString();
            var result = ifMatch is "*" || string.Equals(Strong(ifMatch), Strong(existing.Version), StringComparison.Ordinal)
                ? await services.Store.UpdateAsync(tenant!, trigger, existing.Version, cancellationToken)
                : new TriggerWriteResult(TriggerWriteOutcome.VersionMismatch, null);
            switch (result.Outcome)
            {
                case TriggerWriteOutcome.Written:
                    services.Signal.Notify(tenant!, id);
                    services.Audit.Record(context, tenant, "trigger_update", "allow", "updated", Details(trigger), trigger.CreatedBy);
                    context.Response.Headers.ETag = result.Stored!.Version;
                    return TypedResults.Ok(TriggerResponse.From(result.Stored, now));
                case TriggerWriteOutcome.VersionMismatch:
                    return ErrorResults.Problem(context, StatusCodes.Status412PreconditionFailed, ErrorType.Conflict,
                        "The trigger changed since it was read; GET it again and retry with its ETag.", new { id });
                default:
                    return NotFound(context, id);
            }
        }
    }

    /// <summary>Deletes a trigger with its counters and checkpoint (its decisions stay readable until retention).</summary>
    public static async Task<IResult> DeleteAsync(HttpContext context, string id, [AsParameters] TriggerEndpointServices services, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(services);
        var (tenant, tenantError) = Tenant(context, services, "trigger_delete");
        if (tenantError is not null)
        {
            return tenantError;
        }

        if (!ValidId(id) || !await services.Store.DeleteAsync(tenant!, id, cancellationToken))
        {
            return NotFound(context, id);
        }

        await services.Counters.ClearAsync(tenant!, id, cancellationToken);
        services.Signal.Notify(tenant!, id);
        services.Audit.Record(context, tenant, "trigger_delete", "allow", "deleted", new Dictionary<string, string> { ["trigger_id"] = id });
        return TypedResults.NoContent();
    }

    private static string Strong(string etag) => etag.StartsWith("W/", StringComparison.Ordinal) ? etag[2..] : etag;

    private static Dictionary<string, string> Details(Trigger trigger) => new()
    {
        ["trigger_id"] = trigger.Id,
        ["trigger_type"] = TriggerWireNames.ToWireName(trigger.TriggerType),
        ["template_key"] = trigger.TargetTemplateKey,
    };
}
