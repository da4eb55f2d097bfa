using JobForge.Domain.Errors;
using JobForge.Application.Errors;

namespace JobForge.Application.Auth;

/// <summary>
/// Requires an authenticated caller holding at least one of <paramref name="anyOf"/> (any caller when it is empty):
/// 401 <c>unauthorized</c> without a valid key, 403 <c>forbidden</c> naming the scope(s) otherwise (audited as
/// <c>scope_denied</c> / <c>missing_scope</c> under the caller's tenant).
/// </summary>
public sealed class ScopeEndpointFilter(params IReadOnlyList<string> anyOf) : IEndpointFilter
{
    /// <inheritdoc />
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var http = context.HttpContext;
        var caller = http.GetCaller();
        if (caller is null)
        {
            http.Response.Headers.WWWAuthenticate = "Bearer";
            return ErrorResults.Problem(http, StatusCodes.Status401Unauthorized, ErrorType.Unauthorized,
                "A valid API key is required: send 'Authorization: Bearer <api key>'.");
        }

        if (anyOf.Count > 0 && !anyOf.Any(caller.HasScope))
        {
            AuditDenial(http, caller);
            return anyOf.Count == 1
                ? ErrorResults.Problem(http, StatusCodes.Status403Forbidden, ErrorType.Forbidden,
                    $"The API key lacks the scope '{anyOf[0]}'.", new { required_scope = anyOf[0] })
                : ErrorResults.Problem(http, StatusCodes.Status403Forbidden, ErrorType.Forbidden,
                    $"The API key needs one of the scopes {string.Join(", ", anyOf)}.", new { required_scopes = anyOf });
        }

        return await next(context);
    }

    /// <summary>A missing scope is a denial like any other: it goes to the audit trail (without waiting) when auditing is on.</summary>
    private void AuditDenial(HttpContext http, Domain.Auth.Caller caller)
    {
        var audit = http.RequestServices.GetService<AuthAudit>();
        if (audit is not { IsEnabled: true })
        {
            return;
        }

        audit.RecordInBackground(new Domain.Audit.AuditRecord(
            caller.TenantId ?? Domain.Audit.AuditRecord.SystemTenant, "scope_denied", "deny", "missing_scope",
            (http.RequestServices.GetService<TimeProvider>() ?? TimeProvider.System).GetUtcNow(),
            KeyId: caller.KeyId, TraceId: ErrorResults.TraceId(http),
            Details: new Dictionary<string, string>
            {
                ["endpoint"] = http.GetEndpoint()?.Metadata.GetMetadata<IEndpointNameMetadata>()?.EndpointName ?? "unnamed",
                ["required_scopes"] = string.Join(" ", anyOf),
            }));
    }
}
