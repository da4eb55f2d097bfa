using JobForge.Application.Auth;
using JobForge.Functions.Http;
using JobForge.Functions.Tests.Metadata;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace JobForge.Functions.Tests.Http;

/// <summary>The route tables both hosts serve, as <see cref="ApiRoute"/>s.</summary>
public static class RouteTables
{
    /// <summary>The server's: every route endpoint of its endpoint data sources.</summary>
    public static IReadOnlyList<ApiRoute> Server(WebApplication app) =>
        [.. ((IEndpointRouteBuilder)app).DataSources.SelectMany(source => source.Endpoints).OfType<RouteEndpoint>()
            .SelectMany(endpoint => Methods(endpoint).Select(method => new ApiRoute(
                method, RouteShape.Normalize(endpoint.RoutePattern.RawText!), Name(endpoint) ?? "(unnamed)", Caller(endpoint))))];

    /// <summary>
    /// The Functions app's: every HTTP function of <c>functions.metadata</c> (route under the <c>api</c> prefix), with the
    /// caller requirement of the endpoint it runs, read from the worker's own <see cref="ApiEndpointTable"/>.
    /// </summary>
    public static IReadOnlyList<ApiRoute> Functions(IHost worker)
    {
        var table = worker.Services.GetRequiredService<ApiEndpointTable>().Endpoints;
        return [.. FunctionsMetadata.HttpFunctions().SelectMany(function => function.Methods.Select(method => new ApiRoute(
            method, RouteShape.Normalize("api/" + function.Route), function.Name,
            table.TryGetValue(function.Name, out var endpoint) ? Caller(endpoint) : "(no endpoint named so)")))];
    }

    private static IEnumerable<string> Methods(RouteEndpoint endpoint) =>
        endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods.Select(method => method.ToUpperInvariant()) ?? ["ANY"];

    private static string? Name(Endpoint endpoint) => endpoint.Metadata.GetMetadata<IEndpointNameMetadata>()?.EndpointName;

    private static string Caller(Endpoint endpoint) =>
        endpoint.Metadata.GetMetadata<RequiredScopeMetadata>() is { } required
            ? required.Scope is null ? "any key" : "scope " + required.Scope
            : "anonymous";
}
