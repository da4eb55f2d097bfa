namespace JobForge.Application.Auth;

/// <summary>Adds API key authentication to the pipeline.</summary>
public static class AuthApplicationBuilderExtensions
{
    /// <summary>Authenticates every <c>/api/v1</c> request (after the error envelope, before the endpoints).</summary>
    public static TBuilder UseJobForgeAuthentication<TBuilder>(this TBuilder app)
        where TBuilder : IApplicationBuilder
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseMiddleware<ApiKeyAuthenticationMiddleware>();
        return app;
    }
}
