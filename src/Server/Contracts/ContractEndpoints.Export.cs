namespace JobForge.Server.Contracts;

public static partial class ContractEndpoints
{
    /// <summary>Renders a template (latest, or <c>version</c>) as a GitHub Actions workflow (see GitHubWorkflowWriter).</summary>
    public static Task<IResult> ExportAsync(HttpContext context, string key, [Microsoft.AspNetCore.Http.AsParameters] Templates.TemplateEndpointServices services, CancellationToken cancellationToken) =>
        Task.FromResult<IResult>(TypedResults.StatusCode(StatusCodes.Status501NotImplemented));
}
