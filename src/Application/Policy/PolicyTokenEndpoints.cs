using JobForge.Application.Json;
using JobForge.Domain.Errors;
using JobForge.Domain.Events;
using JobForge.Application.Auth;
using JobForge.Application.Errors;
using JobForge.Application.Flags;

namespace JobForge.Application.Policy;

/// <summary>
/// Policy token endpoints. Minting and revoking need scope <c>policy:issue</c>; validating needs <c>jobs:write</c>,
/// the scope of the callers that submit action jobs and must check a token before they do (an issuer that wants to
/// check its own tokens is given <c>jobs:write</c> as well, or <c>*</c>). Every route is tenant-checked: a tenant's key
/// acts only for its tenant. Every allow and deny is audited, never with the token.
/// </summary>
public static partial class PolicyTokenEndpoints
{
    /// <summary>The scope to mint and revoke tokens.</summary>
    public const string IssueScope = "policy:issue";

    /// <summary>The scope to validate tokens.</summary>
    public const string ValidateScope = "jobs:write";

    /// <summary>The largest request body accepted.</summary>
    public const long MaxBodyBytes = 16 * 1024;

    /// <summary>Maps <c>/api/v1/policy-tokens</c>.</summary>
    public static IEndpointRouteBuilder MapPolicyTokenEndpoints(this IEndpointRouteBuilder routes)
    {
        var tokens = routes.MapGroup("/api/v1/policy-tokens");
        tokens.MapPost("/", IssueToken).WithName("IssuePolicyToken").RequireScope(IssueScope);
        tokens.MapPost("/validate", ValidateToken).WithName("ValidatePolicyToken").RequireScope(ValidateScope);
        tokens.MapPost("/{jti}/revoke", RevokeToken).WithName("RevokePolicyToken").RequireScope(IssueScope);
        return routes;
    }

    /// <summary>What issuing and validating share: 403 without a secret, then the bounded JSON body.</summary>
    private static async Task<(System.Text.Json.JsonDocument? Document, IResult? Error)> ReadSignedRequestAsync(
        HttpContext context, PolicyTokenEndpointServices services)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(services);
        return NoSecret(context, services) is { } disabled
            ? (null, disabled)
            : await JsonRequestBody.ReadAsync(context, MaxBodyBytes, context.RequestAborted);
    }

    private static IResult? NoSecret(HttpContext context, PolicyTokenEndpointServices services)
    {
        if (services.Keys.IsConfigured)
        {
            return null;
        }

        PolicyLog.NoSecret(services.Logger, FeatureFlagNames.PolicyTokenSecret);
        return ErrorResults.Problem(context, StatusCodes.Status403Forbidden, ErrorType.FeatureDisabled,
            "Policy tokens are not available: no secret is configured. Set " + FeatureFlagNames.PolicyTokenSecret + ".",
            new { setting = FeatureFlagNames.PolicyTokenSecret });
    }

    private static IResult ValidationFailed(HttpContext context, IReadOnlyList<ValidationProblem> problems) =>
        ErrorResults.Problem(context, StatusCodes.Status400BadRequest, ErrorType.ValidationFailed, "The request is invalid; see details.", problems);

    private static IResult TokenNotFound(HttpContext context) =>
        ErrorResults.Problem(context, StatusCodes.Status404NotFound, ErrorType.NotFound,
            "No such policy token. To revoke a token minted elsewhere with the same secret, send it as {\"token\": \"…\"}.");

    private static Dictionary<string, string> Details(string? jti, string? action)
    {
        var details = new Dictionary<string, string>(StringComparer.Ordinal);
        if (jti is not null)
        {
            details["jti"] = jti;
        }

        if (action is not null)
        {
            details["action"] = action;
        }

        return details;
    }
}
