using JobForge.Domain.Errors;
using JobForge.Domain.Events;
using JobForge.Domain.Templates;
using JobForge.Application.Auth;
using JobForge.Application.Errors;
using JobForge.Application.Templates;

namespace JobForge.Application.Contracts;

public static partial class ContractEndpoints
{
    private static readonly string[] s_exportParameters = ["tenant_id", "version"];

    /// <summary>
    /// Renders a template (latest, or <c>version</c>) the tenant can see as a GitHub Actions workflow
    /// (<c>text/yaml</c>; see <see cref="GitHubWorkflowWriter"/>). 400 for unknown or malformed parameters, 403 for
    /// another tenant, 404 for no such template or version.
    /// </summary>
    public static async Task<IResult> ExportAsync(HttpContext context, string key, [AsParameters] TemplateEndpointServices services, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(services);
        var query = context.Request.Query;
        var problems = query.Keys.Where(name => !s_exportParameters.Contains(name, StringComparer.Ordinal))
            .Select(name => new ValidationProblem(name.Length > 64 ? name[..64] + "…" : name, ValidationProblemCodes.UnknownField, "known parameters: tenant_id, version"))
            .ToList();
        var tenant = query.TryGetValue("tenant_id", out var given) ? given.ToString() : context.GetCaller()!.TenantId;
        if (string.IsNullOrEmpty(tenant) || !StorageSafeId.IsValid(tenant, StorageSafeId.MaxScopeIdLength))
        {
            problems.Add(new ValidationProblem("tenant_id", ValidationProblemCodes.InvalidFormat, "tenant_id is required for all-tenant keys: 1-64 of " + StorageSafeId.AllowedCharactersDescription));
        }

        var version = query.TryGetValue("version", out var asked) ? asked.ToString() : null;
        if (version is not null && !SemanticVersion.IsValid(version))
        {
            problems.Add(new ValidationProblem("version", ValidationProblemCodes.InvalidFormat, "version must be a SemVer version such as 1.0.0"));
        }

        if (problems.Count > 0)
        {
            return ErrorResults.Problem(context, StatusCodes.Status400BadRequest, ErrorType.ValidationFailed, "The request is not valid.", problems);
        }

        if (TenantAccess.Check(context, tenant!) is { } denied)
        {
            return denied;
        }

        if (await services.Catalog.GetAsync(tenant!, key, version, cancellationToken) is not { } entry)
        {
            return ErrorResults.Problem(context, StatusCodes.Status404NotFound, ErrorType.NotFound,
                $"There is no template '{(key.Length > 128 ? key[..128] + "…" : key)}'.");
        }

        return TypedResults.Text(GitHubWorkflowWriter.Write(entry.Template), "text/yaml; charset=utf-8");
    }
}
