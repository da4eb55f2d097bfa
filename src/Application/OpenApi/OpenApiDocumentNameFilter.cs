using JobForge.Application.Errors;
using JobForge.Domain.Errors;

namespace JobForge.Application.OpenApi;

/// <summary>
/// Answers a request for a document that does not exist with a 404 in the error envelope; the OpenAPI package's own
/// answer is a bare text 404.
/// </summary>
public sealed class OpenApiDocumentNameFilter(params IReadOnlyList<string> documentNames) : IEndpointFilter
{
    /// <inheritdoc />
    public ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var http = context.HttpContext;
        var name = http.Request.RouteValues["documentName"] as string;
        return name is not null && documentNames.Contains(name, StringComparer.Ordinal)
            ? next(context)
            : ValueTask.FromResult<object?>(ErrorResults.Problem(http, StatusCodes.Status404NotFound, ErrorType.NotFound,
                $"There is no such OpenAPI document; the API's document is '{documentNames[0]}'.", new { documents = documentNames }));
    }
}
