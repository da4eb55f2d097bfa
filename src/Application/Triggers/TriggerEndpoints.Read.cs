using JobForge.Domain.Triggers;

namespace JobForge.Application.Triggers;

public static partial class TriggerEndpoints
{
    /// <summary>Lists the tenant's triggers in id order (<c>?cursor=</c>, <c>?limit=</c> 1–200).</summary>
    public static async Task<IResult> ListAsync(HttpContext context, [AsParameters] TriggerEndpointServices services, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(services);
        var (tenant, tenantError) = Tenant(context, services, "trigger_read");
        var (cursor, limit, pagingError) = Paging(context);
        if ((tenantError ?? pagingError) is { } error)
        {
            return error;
        }

        TriggerPage page;
        try
        {
            page = await services.Store.ListAsync(tenant!, cursor, limit, cancellationToken);
        }
        catch (ArgumentException)
        {
            return Invalid(context, "cursor", "the cursor is not valid; start again without it");
        }

        var now = services.Time.GetUtcNow();
        return TypedResults.Ok(new TriggerListResponse(page.Items.Select(s => TriggerResponse.From(s, now)).ToList(), page.NextCursor));
    }

    /// <summary>Reads one trigger (404 alike for absent and other tenants' triggers).</summary>
    public static async Task<IResult> GetAsync(HttpContext context, string id, [AsParameters] TriggerEndpointServices services, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(services);
        var (stored, error) = await FindAsync(context, id, services, "trigger_read", cancellationToken);
        if (stored is null)
        {
            return error!;
        }

        context.Response.Headers.ETag = stored.Version;
        return TypedResults.Ok(TriggerResponse.From(stored, services.Time.GetUtcNow()));
    }

    /// <summary>The trigger's decisions, newest first (<c>?cursor=</c>, <c>?limit=</c>).</summary>
    public static async Task<IResult> DecisionsAsync(HttpContext context, string id, [AsParameters] TriggerEndpointServices services, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(services);
        var (tenant, tenantError) = Tenant(context, services, "trigger_read");
        var (cursor, limit, pagingError) = Paging(context);
        if ((tenantError ?? pagingError) is { } error)
        {
            return error;
        }

        if (!ValidId(id) || await services.Store.GetAsync(tenant!, id, cancellationToken) is null)
        {
            return NotFound(context, id);
        }

        TriggerDecisionPage page;
        try
        {
            page = await services.Decisions.ListAsync(tenant!, id, cursor, limit, cancellationToken);
        }
        catch (ArgumentException)
        {
            return Invalid(context, "cursor", "the cursor is not valid; start again without it");
        }

        return TypedResults.Ok(new TriggerDecisionListResponse(page.Items.Select(TriggerDecisionResponse.From).ToList(), page.NextCursor));
    }

    /// <summary>Evaluates the trigger now as a dry run (counts nothing, requests nothing) and records the decision.</summary>
    public static async Task<IResult> TestAsync(HttpContext context, string id, [AsParameters] TriggerEndpointServices services, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(services);
        var (stored, error) = await FindAsync(context, id, services, "trigger_test", cancellationToken);
        if (stored is null)
        {
            return error!;
        }

        var now = services.Time.GetUtcNow();
        var identity = "trg:" + id + ":test:" + now.UtcTicks.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var record = await services.Evaluator.EvaluateAsync(new TriggerFire(stored.Trigger, identity, now, null, null, Test: true), cancellationToken);
        services.Audit.Record(context, stored.Trigger.TenantId, "trigger_test", "allow", record.Decision, new Dictionary<string, string> { ["trigger_id"] = id });
        return TypedResults.Ok(TriggerDecisionResponse.From(record));
    }

    /// <summary>The caller's trigger <paramref name="id"/>, or the answer to give instead (tenant refusal, 404 alike for absent and other tenants').</summary>
    private static async Task<(StoredTrigger? Trigger, IResult? Error)> FindAsync(
        HttpContext context, string id, TriggerEndpointServices services, string action, CancellationToken cancellationToken)
    {
        var (tenant, tenantError) = Tenant(context, services, action);
        if (tenantError is not null)
        {
            return (null, tenantError);
        }

        var stored = ValidId(id) ? await services.Store.GetAsync(tenant!, id, cancellationToken) : null;
        return stored is null ? (null, NotFound(context, id)) : (stored, null);
    }
}
