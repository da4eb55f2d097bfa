using JobForge.Functions.Hosting;
using JobForge.Server.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;

namespace JobForge.Functions.Tests.Http;

/// <summary>
/// The Functions app serves exactly the server's API: every route and method of the server's endpoint data sources is
/// an HTTP function of <c>functions.metadata</c> with the same name and caller requirement, and nothing more, except
/// the documented <see cref="ServerOnlyRoutes"/>.
/// </summary>
public sealed class RouteParityTests
{
    private static readonly Dictionary<string, string?> Settings = new()
    {
        ["JobForge:Storage:ConnectionString"] = "UseDevelopmentStorage=true",
    };

    [Fact]
    public async Task FunctionsApp_ServesEveryServerRoute_WithTheSameNameMethodAndCaller_AndNoOther()
    {
        await using var server = JobForgeServer.Build(["--environment", "Development"], builder => builder.Configuration.AddInMemoryCollection(Settings));
        using var worker = JobForgeFunctions.Build(["--environment", "Testing"], builder => builder.Configuration.AddInMemoryCollection(Settings));
        var serverRoutes = RouteTables.Server(server);
        var functionRoutes = RouteTables.Functions(worker);

        var excluded = serverRoutes.Where(route => ServerOnlyRoutes.ReasonFor(route.Route) is not null).ToList();
        var expected = serverRoutes.Except(excluded).ToDictionary(route => route.Key);
        var actual = functionRoutes.ToDictionary(route => route.Key);

        Assert.True(expected.Count > 30, "the server's route table was not read: " + string.Join(", ", serverRoutes.Select(r => r.Key)));
        Assert.Contains(excluded, route => route.Route.StartsWith("docs", StringComparison.Ordinal)); // Development maps /docs: the exclusion is live
        var missing = expected.Keys.Except(actual.Keys).Order().ToList();
        var extra = actual.Keys.Except(expected.Keys).Order().ToList();
        Assert.True(missing.Count == 0, "Server routes without an HTTP function:\n" + string.Join("\n", missing));
        Assert.True(extra.Count == 0, "HTTP functions the server does not serve:\n" + string.Join("\n", extra));
        var different = expected.Values
            .Where(route => actual[route.Key] != route)
            .Select(route => $"{route.Key}: server {route.Name} ({route.Caller}), Functions {actual[route.Key].Name} ({actual[route.Key].Caller})")
            .ToList();
        Assert.True(different.Count == 0, "Name or caller requirement differs:\n" + string.Join("\n", different));
    }

    [Theory]
    [InlineData("/api/v1/jobs/{run_id:regex(^run_[0-9a-f]{{32}}$)}/stream", "api/v1/jobs/{run_id}/stream")]
    [InlineData("api/v1/jobs/{run_id}/stream/", "api/v1/jobs/{run_id}/stream")]
    [InlineData("/API/V1/Templates/{key=x}", "api/v1/templates/{key}")]
    [InlineData("/api/v1/openapi/{documentName}.json", "api/v1/openapi/{documentName}.json")]
    [InlineData("/api/v1/runs/{run_id}/artifacts/{*name}", "api/v1/runs/{run_id}/artifacts/{*name}")]
    [InlineData("/api/v1/triggers/{id?}", "api/v1/triggers/{id?}")]
    public void Normalize_IgnoresConstraintsDefaultsCaseAndSlashes_KeepsNamesAndKinds(string template, string expected) =>
        Assert.Equal(expected, RouteShape.Normalize(template));

    [Fact]
    public void ServerOnlyRoutes_CoverTheUiAndMcp_ButNeverTheApi()
    {
        Assert.NotNull(ServerOnlyRoutes.ReasonFor(""));
        Assert.NotNull(ServerOnlyRoutes.ReasonFor("dashboard/runs"));
        Assert.NotNull(ServerOnlyRoutes.ReasonFor("api/mcp"));
        Assert.NotNull(ServerOnlyRoutes.ReasonFor("docs/openapi/{documentName}.json"));
        Assert.Null(ServerOnlyRoutes.ReasonFor("api/health"));
        Assert.Null(ServerOnlyRoutes.ReasonFor("api/v1/jobs"));
        Assert.Null(ServerOnlyRoutes.ReasonFor("api/mcpx"));
    }
}
