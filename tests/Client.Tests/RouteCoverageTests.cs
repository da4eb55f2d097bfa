using Microsoft.AspNetCore.Routing;

namespace JobForge.Client.Tests;

/// <summary>The client keeps up with the server: every route the server maps has a client method.</summary>
public sealed class RouteCoverageTests
{
    private static List<string> ServerRoutes()
    {
        using var app = ClientTestServer.Build(new Dictionary<string, string?>
        {
            ["JobForge:Storage:ConnectionString"] = "UseDevelopmentStorage=true",
            ["JobForge:Auth:BootstrapKey"] = ClientTestServer.BootstrapKey,
        });
        return ((IEndpointRouteBuilder)app).DataSources.SelectMany(source => source.Endpoints).OfType<RouteEndpoint>()
            .SelectMany(endpoint => (endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["ANY"])
                .Select(method => method + " " + endpoint.RoutePattern.RawText!.TrimEnd('/')))
            .ToList();
    }

    [Fact]
    public void EveryServerRoute_HasAClientMethod()
    {
        var routes = ServerRoutes();

        var missing = routes.Where(r => !ClientRouteMap.Routes.ContainsKey(r) && !ClientRouteMap.NotClientOperations.Contains(r)).ToList();

        Assert.True(routes.Count > 30, "the route table was not read");
        Assert.True(missing.Count == 0, "routes without a client method: " + string.Join(", ", missing));
    }

    [Fact]
    public void EveryMappedClientMethod_ExistsAndTakesACancellationToken_AndNoStaleRouteIsMapped()
    {
        var routes = ServerRoutes().ToHashSet();

        foreach (var (route, (client, method)) in ClientRouteMap.Routes)
        {
            Assert.Contains(route, routes);
            var found = client.GetMethods().Where(m => m.Name == method).ToList();
            Assert.True(found.Count > 0, $"{client.Name}.{method} does not exist");
            Assert.All(found, m => Assert.Contains(m.GetParameters(), p => p.ParameterType == typeof(CancellationToken)));
        }
    }
}
