using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;

namespace JobForge.Functions.Http;

/// <summary>
/// A route builder that serves no requests itself: the server's <c>Map…Endpoints</c> calls run on it so the worker holds
/// the very endpoints (handlers, filters, metadata) the server maps, and each HTTP function invokes one of them.
/// </summary>
internal sealed class ApiRouteBuilder(IServiceProvider services) : IEndpointRouteBuilder
{
    /// <inheritdoc />
    public IServiceProvider ServiceProvider { get; } = services;

    /// <inheritdoc />
    public ICollection<EndpointDataSource> DataSources { get; } = [];

    /// <inheritdoc />
    public IApplicationBuilder CreateApplicationBuilder() => new ApplicationBuilder(ServiceProvider);
}
