using JobForge.Server.Errors;

namespace JobForge.Server.Auth;

/// <summary><c>.RequireScope("events:write")</c> on a route.</summary>
public static class ScopeRouteHandlerBuilderExtensions
{
    /// <summary>Adds a <see cref="ScopeEndpointFilter"/> for <paramref name="scope"/>.</summary>
    public static TBuilder RequireScope<TBuilder>(this TBuilder builder, string scope)
        where TBuilder : IEndpointConventionBuilder
    {
        builder.AddEndpointFilter(new ScopeEndpointFilter(scope));
        builder.WithMetadata(new RequiredScopeMetadata(scope));
        builder.ProducesErrors(StatusCodes.Status401Unauthorized, StatusCodes.Status403Forbidden);
        return builder;
    }

    /// <summary>Requires any valid API key, whatever its scopes (401 without one).</summary>
    public static TBuilder RequireAuthenticatedCaller<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder
    {
        builder.AddEndpointFilter(new ScopeEndpointFilter(scope: null));
        builder.WithMetadata(new RequiredScopeMetadata(Scope: null));
        builder.ProducesErrors(StatusCodes.Status401Unauthorized);
        return builder;
    }
}
