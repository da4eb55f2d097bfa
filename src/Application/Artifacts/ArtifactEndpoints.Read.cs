using JobForge.Domain.Artifacts;
using JobForge.Domain.Events;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Net.Http.Headers;

namespace JobForge.Application.Artifacts;

public static partial class ArtifactEndpoints
{
    /// <summary>Lists the run's artifacts.</summary>
    public static async Task<IResult> ListAsync(
        HttpContext context, [FromRoute(Name = "run_id")] string runId, [AsParameters] ArtifactEndpointServices services, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(services);
        var (run, error) = await FindRunAsync(context, runId, services, [], cancellationToken);
        if (run is null)
        {
            return error!;
        }

        var artifacts = await services.Artifacts.ListAsync(run.TenantId, run.RunId, cancellationToken);
        return TypedResults.Ok(new ArtifactListResponse(run.RunId, artifacts));
    }

    /// <summary>
    /// Returns one artifact's bytes with its content type and <c>X-Content-Type-Options: nosniff</c>; anything but JSON is
    /// sent as an attachment so a browser never renders it.
    /// </summary>
    public static async Task<IResult> GetArtifactAsync(
        HttpContext context,
        [FromRoute(Name = "run_id")] string runId,
        [FromRoute(Name = "name")] string name,
        [AsParameters] ArtifactEndpointServices services,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(services);
        if (ArtifactName.Problem(name) is { } problem)
        {
            return Invalid(context, "The artifact name is not valid", [new ValidationProblem("name", ValidationProblemCodes.InvalidFormat, problem)]);
        }

        var (run, error) = await FindRunAsync(context, runId, services, [], cancellationToken);
        if (run is null)
        {
            return error!;
        }

        var artifact = await services.Artifacts.GetAsync(run.TenantId, run.RunId, name, cancellationToken);
        if (artifact is null)
        {
            return ArtifactNotFound(context, name);
        }

        NoSniff(context);
        var contentType = MediaTypeHeaderValue.TryParse(artifact.Info.MimeType, out var media) ? media.ToString() : "application/octet-stream";
        return IsJson(media)
            ? TypedResults.Bytes(artifact.Content.ToArray(), contentType)
            : TypedResults.File(artifact.Content.ToArray(), contentType, fileDownloadName: name);
    }

    private static bool IsJson(MediaTypeHeaderValue? media) =>
        media?.MediaType.Value is { } type
        && (type.Equals("application/json", StringComparison.OrdinalIgnoreCase) || type.EndsWith("+json", StringComparison.OrdinalIgnoreCase));
}
