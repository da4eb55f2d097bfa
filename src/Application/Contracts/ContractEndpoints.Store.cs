using JobForge.Domain.Errors;
using JobForge.Domain.Templates;
using JobForge.Application.Errors;
using JobForge.Application.Templates;

namespace JobForge.Application.Contracts;

public static partial class ContractEndpoints
{
    private static async Task<IResult> StoreAsync(
        HttpContext context, JobTemplate template, IReadOnlyList<ContractProblem> warnings, TemplateEndpointServices services, CancellationToken cancellationToken)
    {
        var key = template.TemplateKey;
        var details = new Dictionary<string, string> { ["template_key"] = key, ["version"] = template.Version };
        var response = new ContractRegistrationResponse(key, template.Version, warnings);
        var latest = await services.Store.GetLatestAsync(key, cancellationToken);
        var existing = await services.Store.GetVersionAsync(key, template.Version, cancellationToken);
        if (existing is not null && !SameContent(existing, template))
        {
            return Conflict(context, services, details, "version_exists", $"Version {template.Version} of '{key}' exists with other content; register a higher version.");
        }

        if (existing is not null && latest?.Version == template.Version)
        {
            return TypedResults.Ok(response); // the same contract again: nothing to do
        }

        if (latest is not null && SemanticVersionOrder.Compare(template.Version, latest.Version) <= 0)
        {
            return Conflict(context, services, details, "version_not_greater",
                $"Version {template.Version} is not greater than the latest version {latest.Version} of '{key}'.");
        }

        if (existing is null && !await services.Store.AddVersionAsync(template, cancellationToken)
            && await services.Store.GetVersionAsync(key, template.Version, cancellationToken) is { } raced && !SameContent(raced, template))
        {
            return Conflict(context, services, details, "version_exists", $"Version {template.Version} of '{key}' was just registered with other content.");
        }

        if (await services.Store.SetLatestAsync(key, template.Version, latest?.ETag, cancellationToken) is null)
        {
            return Conflict(context, services, details, "concurrent_update", $"Another registration of '{key}' moved its latest version first; read it and retry.");
        }

        services.Audit.Record(context, null, "template_registered", "allow", "registered", details);
        return TypedResults.Created($"/api/v1/templates/{key}?version={Uri.EscapeDataString(template.Version)}", response);
    }

    private static bool SameContent(JobTemplate a, JobTemplate b) =>
        string.Equals(JobTemplateJson.ToJsonString(a), JobTemplateJson.ToJsonString(b), StringComparison.Ordinal);

    private static IResult Conflict(HttpContext context, TemplateEndpointServices services, Dictionary<string, string> details, string reason, string message)
    {
        services.Audit.Record(context, null, "template_registered", "deny", reason, details);
        return ErrorResults.Problem(context, StatusCodes.Status409Conflict, ErrorType.Conflict, message, new { reason });
    }
}
