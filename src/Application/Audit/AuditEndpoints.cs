using JobForge.Domain.Audit;
using JobForge.Domain.Errors;
using JobForge.Domain.Events;
using JobForge.Application.Auth;
using JobForge.Application.Errors;
using JobForge.Application.Flags;
using JobForge.Storage.Audit;

namespace JobForge.Application.Audit;

/// <summary>
/// <c>GET /api/v1/audit</c>: a tenant's allow and deny decisions, newest first, with filters and a cursor
/// (scope <c>audit:read</c>; flag <c>JOBFORGE_AUDIT_LOGGING_ENABLED</c>).
/// </summary>
public static class AuditEndpoints
{
    /// <summary>The scope that reads the audit trail.</summary>
    public const string ReadScope = "audit:read";

    /// <summary>Maps the audit route.</summary>
    public static IEndpointRouteBuilder MapAuditEndpoints(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/api/v1/audit", ListAsync).WithName("ListAuditRecords").RequireScope(ReadScope)
            .Produces<AuditListResponse>().ProducesErrors(400);
        return routes;
    }

    /// <summary>
    /// One page of the audit trail. 403 <c>feature_disabled</c> with the flag off; 400 <c>validation_failed</c> with
    /// <c>details: [{path, code, message}]</c> for any malformed parameter or cursor; 403 <c>forbidden</c> for a tenant
    /// the key does not cover (a tenant key reads only its own tenant; operator keys may read <c>_system</c> too).
    /// </summary>
    public static async Task<IResult> ListAsync(HttpContext context, IAuditLog log, FeatureFlagsReader flags, CancellationToken cancellationToken)
    {
        if (FeatureGate.Check(context, flags.Current.AuditLoggingEnabled, FeatureFlagNames.AuditLogging) is { } disabled)
        {
            return disabled;
        }

        if (context.GetCaller() is not { } caller)
        {
            return ErrorResults.Problem(context, StatusCodes.Status401Unauthorized, ErrorType.Unauthorized, "A valid API key is required.");
        }

        var parsed = AuditListRequest.Parse(context.Request.Query, caller);
        if (parsed.Request is not { } request)
        {
            return Invalid(context, parsed.Problems);
        }

        if (!caller.CoversTenant(request.TenantId))
        {
            return ErrorResults.Problem(context, StatusCodes.Status403Forbidden, ErrorType.Forbidden,
                "The API key does not cover this tenant.", new { tenant_id = request.TenantId });
        }

        AuditPage page;
        try
        {
            page = await log.QueryAsync(request.TenantId, request.Query, cancellationToken);
        }
        catch (AuditCursorException)
        {
            return Invalid(context, [new ValidationProblem("cursor", ValidationProblemCodes.InvalidValue,
                "'cursor' is not valid for this tenant and these filters; start again without it")]);
        }

        return TypedResults.Ok(AuditListResponse.From(page));
    }

    private static IResult Invalid(HttpContext context, IReadOnlyList<ValidationProblem> problems) =>
        ErrorResults.Problem(context, StatusCodes.Status400BadRequest, ErrorType.ValidationFailed,
            "The audit query is not valid.", problems);
}
