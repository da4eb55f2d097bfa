using JobForge.Application.Auth;
using JobForge.Application.Errors;

namespace JobForge.Application.Hosting;

/// <summary>
/// The middleware every API request passes before its endpoint, in order, on both hosts: security headers, the error
/// envelope (exception handler and status-code pages), then API key authentication. The self-hosted server adds it to
/// its ASP.NET Core pipeline; the Functions worker runs the same pipeline around each HTTP function invocation.
/// </summary>
public static class ApiPipelineApplicationBuilderExtensions
{
    /// <summary>Adds the shared API middleware to <paramref name="app"/>.</summary>
    public static TBuilder UseJobForgeApiPipeline<TBuilder>(this TBuilder app)
        where TBuilder : IApplicationBuilder
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseMiddleware<SecurityHeadersMiddleware>();
        app.UseJobForgeErrorEnvelope();
        app.UseJobForgeAuthentication();
        return app;
    }
}
