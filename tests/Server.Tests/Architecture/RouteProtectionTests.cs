using JobForge.Application.Auth;
using JobForge.Server.Mcp;
using JobForge.Server.Tests.Hosting;
using Microsoft.AspNetCore.Routing;

namespace JobForge.Server.Tests.Architecture;

/// <summary>Nothing but <c>/api/health</c> is anonymous: every <c>/api/v1</c> route checks its caller, and <c>/api/mcp</c> its key.</summary>
public sealed class RouteProtectionTests
{
    [Fact]
    public async Task EveryApiV1Route_RequiresAnAuthenticatedCaller()
    {
        await using var app = RunningServer.Build(new Dictionary<string, string?> { ["JobForge:Storage:ConnectionString"] = "UseDevelopmentStorage=true" });
        var routes = ((IEndpointRouteBuilder)app).DataSources.SelectMany(source => source.Endpoints).OfType<RouteEndpoint>().ToList();

        var api = routes.Where(route => route.RoutePattern.RawText?.StartsWith("/api/v1", StringComparison.OrdinalIgnoreCase) == true).ToList();
        var unprotected = api.Where(route => route.Metadata.GetMetadata<RequiredScopeMetadata>() is null)
            .Select(route => route.RoutePattern.RawText).ToList();

        Assert.True(api.Count >= 8, "expected the /api/v1 routes to be mapped, saw: " + string.Join(", ", routes.Select(r => r.RoutePattern.RawText)));
        Assert.True(unprotected.Count == 0, "Routes without RequireScope/RequireAuthenticatedCaller: " + string.Join(", ", unprotected));
        // /api/mcp is guarded by its own key check (McpAuthenticationMiddleware; tests/Mcp.Tests: no key is a 401).
        Assert.All(routes.Where(route => !api.Contains(route)), route => Assert.Contains(route.RoutePattern.RawText?.TrimEnd('/'), new[] { "/api/health", McpEndpoints.Path }));
    }
}
