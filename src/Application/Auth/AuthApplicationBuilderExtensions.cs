namespace JobForge.Application.Auth;

/// <summary>Adds API key authentication to the pipeline.</summary>
public static class AuthApplicationBuilderExtensions
{
    /// <summary>Authenticates every <c>/api/v1</c> request (after the error envelope, before the endpoints).</summary>
    public static WebApplication UseJobForgeAuthentication(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseMiddleware<ApiKeyAuthenticationMiddleware>();
        return app;
    }
}
