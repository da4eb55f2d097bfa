using JobForge.Domain.Errors;
using JobForge.Domain.Events;
using JobForge.Domain.Runs;
using JobForge.Domain.Templates;
using JobForge.Application.Auth;
using JobForge.Application.Errors;

namespace JobForge.Application.Jobs;

public static partial class JobEndpoints
{
    private static readonly string[] s_listParameters = ["status", "template_key", "project_id", "limit", "cursor"];

    /// <summary>
    /// Lists the tenant's runs in creation order: filters <c>status</c>, <c>template_key</c>, <c>project_id</c>; pages of
    /// <c>limit</c> (1–200, default 50) with an opaque <c>cursor</c> bound to the tenant and filters.
    /// </summary>
    public static async Task<IResult> ListAsync(HttpContext context, [AsParameters] RunDecisionServices services, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(services);
        var caller = context.GetCaller()!;
        var (tenant, problems) = RunRouteTarget.Resolve(context, null, caller, s_listParameters);
        var query = context.Request.Query;
        var filter = new RunListQuery();
        if (query.TryGetValue("status", out var status))
        {
            if (RunStatusNames.TryParse(status.ToString(), out var parsed))
            {
                filter = filter with { Status = parsed };
            }
            else
            {
                problems.Add(new ValidationProblem("status", ValidationProblemCodes.InvalidValue, "one of queued, running, awaiting_approval, succeeded, failed, rolling_back, rolled_back, rollback_failed, canceled"));
            }
        }

        if (query.TryGetValue("template_key", out var key))
        {
            if (TemplateKey.IsValid(key.ToString()))
            {
                filter = filter with { TemplateKey = key.ToString() };
            }
            else
            {
                problems.Add(new ValidationProblem("template_key", ValidationProblemCodes.InvalidFormat, "a template key such as autopilot.ops.scan"));
            }
        }

        if (query.TryGetValue("project_id", out var project))
        {
            if (StorageSafeId.IsValid(project.ToString(), StorageSafeId.MaxScopeIdLength))
            {
                filter = filter with { ProjectId = project.ToString() };
            }
            else
            {
                problems.Add(new ValidationProblem("project_id", ValidationProblemCodes.InvalidFormat, "1-64 of " + StorageSafeId.AllowedCharactersDescription));
            }
        }

        if (query.TryGetValue("limit", out var limitText))
        {
            if (int.TryParse(limitText.ToString(), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var limit) && limit is >= 1 and <= 200)
            {
                filter = filter with { Limit = limit };
            }
            else
            {
                problems.Add(new ValidationProblem("limit", ValidationProblemCodes.OutOfRange, "an integer from 1 to 200"));
            }
        }

        var scope = string.Join("\n", tenant, filter.Status, filter.TemplateKey, filter.ProjectId);
        if (query.TryGetValue("cursor", out var cursor))
        {
            if (RunListCursor.Decode(scope, cursor.ToString()) is { } inner)
            {
                filter = filter with { Cursor = inner };
            }
            else
            {
                problems.Add(new ValidationProblem("cursor", ValidationProblemCodes.InvalidValue, "not a cursor issued for this tenant and these filters"));
            }
        }

        if (problems.Count > 0)
        {
            return ValidationFailed(context, "The request is not valid", problems);
        }

        if (!caller.CoversTenant(tenant!))
        {
            return ErrorResults.Problem(context, StatusCodes.Status403Forbidden, ErrorType.Forbidden,
                "The API key does not cover this tenant; use a key issued for it.", new { tenant_id = tenant });
        }

        RunPage page;
        try
        {
            page = await services.Store.ListRunsAsync(tenant!, filter, cancellationToken);
        }
        catch (ArgumentException)
        {
            return ValidationFailed(context, "The request is not valid",
                [new ValidationProblem("cursor", ValidationProblemCodes.InvalidValue, "not a cursor issued for this tenant and these filters")]);
        }

        return TypedResults.Ok(new RunListResponse(
            page.Runs.Select(RunResponse.From).ToList(),
            page.NextCursor is { } next ? RunListCursor.Encode(scope, next) : null));
    }
}
