using System.Runtime.CompilerServices;
using JobForge.Application.Artifacts;
using JobForge.Application.Audit;
using JobForge.Application.Auth;
using JobForge.Application.Contracts;
using JobForge.Application.Events;
using JobForge.Application.Flags;
using JobForge.Application.Health;
using JobForge.Application.Jobs;
using JobForge.Application.OpenApi;
using JobForge.Application.Policy;
using JobForge.Application.Runs;
using JobForge.Application.Templates;
using JobForge.Application.Triggers;
using JobForge.Functions.Runs;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing.Template;
using Microsoft.AspNetCore.Routing;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.DependencyInjection;

namespace JobForge.Functions.Http;

/// <summary>
/// The API's endpoints, mapped once in the worker by the same <c>Map…Endpoints</c> calls the server makes, indexed by
/// endpoint name. An HTTP function named like an endpoint calls <see cref="InvokeAsync(HttpRequest, string)"/>, which runs that endpoint's
/// request delegate (parameter binding, <c>[AsParameters]</c> bundles, scope filters, typed results) on the function's
/// <see cref="HttpContext"/>: the response is the server's, byte for byte, by construction.
/// </summary>
public sealed class ApiEndpointTable
{
    private readonly Dictionary<string, (RouteEndpoint Endpoint, TemplateMatcher Matcher)> _byName;

    /// <summary>Maps every API route on a private route builder over <paramref name="services"/>.</summary>
    public ApiEndpointTable(IServiceProvider services)
    {
        var routes = new ApiRouteBuilder(services);
        // The same calls, in the same order, as JobForgeServer.Build; the route-parity test compares the two tables.
        routes.MapHealthEndpoints();
        routes.MapFlagEndpoints();
        routes.MapApiKeyEndpoints();
        routes.MapCallerEndpoints();
        routes.MapEventEndpoints();
        routes.MapAuditEndpoints();
        routes.MapPolicyTokenEndpoints();
        routes.MapTemplateEndpoints();
        routes.MapContractEndpoints();
        routes.MapJobEndpoints();
        routes.MapRunStreamEndpoints();
        routes.MapEngineEndpoints();
        routes.MapArtifactEndpoints();
        routes.MapTriggerEndpoints();
        routes.MapJobForgeOpenApiDocument();

        DataSource = new CompositeEndpointDataSource(routes.DataSources);
        _byName = new Dictionary<string, (RouteEndpoint, TemplateMatcher)>(StringComparer.Ordinal);
        foreach (var endpoint in DataSource.Endpoints.OfType<RouteEndpoint>())
        {
            var name = endpoint.Metadata.GetMetadata<IEndpointNameMetadata>()?.EndpointName
                ?? throw new InvalidOperationException($"The route '{endpoint.RoutePattern.RawText}' has no name; name it with WithName(...).");
            _byName.Add(name, (endpoint, new TemplateMatcher(new RouteTemplate(endpoint.RoutePattern), new RouteValueDictionary())));
        }
    }

    /// <summary>The endpoints as a data source: what the OpenAPI document and link generation read in the worker.</summary>
    public EndpointDataSource DataSource { get; }

    /// <summary>Every endpoint, by name.</summary>
    public IReadOnlyDictionary<string, RouteEndpoint> Endpoints => _byName.ToDictionary(entry => entry.Key, entry => entry.Value.Endpoint);

    /// <summary>
    /// Runs the endpoint named <paramref name="endpointName"/> (by default the calling function's name) on
    /// <paramref name="request"/>'s context, with the route values its pattern reads from the request path.
    /// </summary>
    public Task InvokeAsync(HttpRequest request, [CallerMemberName] string endpointName = "") => Invoke(request, endpointName);

    /// <summary>
    /// As <see cref="InvokeAsync(HttpRequest, string)"/>, for endpoints that create or signal runs: the invocation's
    /// Durable client is in scope, so the run's orchestration is scheduled (or its signal raised) at once rather than at
    /// the next recovery scan.
    /// </summary>
    public async Task InvokeAsync(HttpRequest request, DurableTaskClient? durableClient, [CallerMemberName] string endpointName = "")
    {
        ArgumentNullException.ThrowIfNull(request);
        using (request.HttpContext.RequestServices.GetRequiredService<DurableRunClients>().Use(durableClient))
        {
            await Invoke(request, endpointName).ConfigureAwait(false);
        }
    }

    private Task Invoke(HttpRequest request, string endpointName)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!_byName.TryGetValue(endpointName, out var entry))
        {
            throw new InvalidOperationException($"No API endpoint is named '{endpointName}'; a function's name must be its endpoint's.");
        }

        var values = new RouteValueDictionary();
        if (entry.Matcher.TryMatch(request.Path, values))
        {
            request.RouteValues = values;
        }

        request.HttpContext.SetEndpoint(entry.Endpoint);
        return entry.Endpoint.RequestDelegate!(request.HttpContext);
    }
}
