using JobForge.Domain.Artifacts;
using JobForge.Domain.Errors;
using JobForge.Domain.Events;
using JobForge.Application.Errors;
using JobForge.Application.Flags;
using Microsoft.AspNetCore.Mvc;

namespace JobForge.Application.Artifacts;

public static partial class ArtifactEndpoints
{
    private static readonly string[] s_manifestParameters = ["format", "include_environment"];

    /// <summary>
    /// The run's manifest as JSON, or with <c>?format=markdown</c> as a Markdown report (<c>include_environment=true</c>
    /// adds the Environment section). 403 <c>feature_disabled</c> while <c>JOBFORGE_MANIFESTS_ENABLED</c> is off.
    /// </summary>
    public static async Task<IResult> GetManifestAsync(
        HttpContext context, [FromRoute(Name = "run_id")] string runId, [AsParameters] ArtifactEndpointServices services, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(services);
        if (FeatureGate.Check(context, services.Flags.Current.ManifestsEnabled, FeatureFlagNames.Manifests) is { } off)
        {
            return off;
        }

        var query = context.Request.Query;
        var problems = new List<ValidationProblem>();
        var format = query.TryGetValue("format", out var f) ? f.ToString() : "json";
        if (format is not ("json" or "markdown"))
        {
            problems.Add(new ValidationProblem("format", ValidationProblemCodes.InvalidValue, "format is 'json' or 'markdown'"));
        }

        var environment = query.TryGetValue("include_environment", out var e) ? e.ToString() : "false";
        if (environment is not ("true" or "false"))
        {
            problems.Add(new ValidationProblem("include_environment", ValidationProblemCodes.InvalidValue, "include_environment is 'true' or 'false'"));
        }

        if (problems.Count > 0)
        {
            return Invalid(context, "The request is not valid", problems);
        }

        var (run, error) = await FindRunAsync(context, runId, services, s_manifestParameters, cancellationToken);
        if (run is null)
        {
            return error!;
        }

        var stored = await services.Artifacts.GetAsync(run.TenantId, run.RunId, EvidenceArtifactNames.Manifest, cancellationToken);
        if (stored is null)
        {
            return ArtifactNotFound(context, EvidenceArtifactNames.Manifest);
        }

        NoSniff(context);
        if (format == "json")
        {
            return TypedResults.Bytes(stored.Content.ToArray(), "application/json");
        }

        var manifest = EvidenceJson.TryRead<RunManifest>(stored.Content.Span, out var problem);
        if (manifest is null)
        {
            ArtifactsLog.StoredDocumentUnreadable(services.Logger, run.TenantId, run.RunId, EvidenceArtifactNames.Manifest, problem ?? "null");
            return ErrorResults.Problem(context, StatusCodes.Status500InternalServerError, ErrorType.Internal, "The stored manifest cannot be read.");
        }

        var markdown = ManifestMarkdownRenderer.Render(manifest, new ManifestMarkdownOptions { IncludeEnvironment = environment == "true" });
        return TypedResults.Text(markdown, "text/markdown; charset=utf-8");
    }
}
