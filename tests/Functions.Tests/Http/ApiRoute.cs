namespace JobForge.Functions.Tests.Http;

/// <summary>One method on one route of either host, with the endpoint name and what it asks of the caller.</summary>
/// <param name="Method">The HTTP method, upper case.</param>
/// <param name="Route">The normalized route (<see cref="RouteShape"/>).</param>
/// <param name="Name">The endpoint (server) or function (Functions) name.</param>
/// <param name="Caller">"anonymous", "any key" or "scope &lt;scope&gt;".</param>
public sealed record ApiRoute(string Method, string Route, string Name, string Caller)
{
    /// <summary>The method and route, the identity compared across hosts.</summary>
    public string Key => Method + " " + Route;
}
