using JobForge.Application.Errors;

namespace JobForge.Application.Auth;

/// <summary><c>.RequireScope("events:write")</c>, <c>.RequireAnyScope(...)</c> and <c>.RequireAuthenticatedCaller()</c> on a route.</summary>
public static class ScopeRouteHandlerBuilderExtensions
{
    /// <summary>Requires <paramref name="scope"/>.</summary>
    public static TBuilder RequireScope<TBuilder>(this TBuilder builder, string scope)
        where TBuilder : IEndpointConventionBuilder =>
        builder.RequireAnyScope(scope);

    /// <summary>Requires at least one of <paramref name="anyOf"/> (the metadata names them joined by <c>|</c>).</summary>
    public static TBuilder RequireAnyScope<TBuilder>(this TBuilder builder, params string[] anyOf)
        where TBuilder : IEndpointConventionBuilder
    {
        ArgumentOutOfRangeException.ThrowIfZero(anyOf.Length);
        return Protect(builder, anyOf, string.Join('|', anyOf));
    }

    /// <summary>Requires any valid API key, whatever its scopes (401 without one).</summary>
    public static TBuilder RequireAuthenticatedCaller<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder =>
        Protect(builder, [], scopeText: null);

    private static TBuilder Protect<TBuilder>(TBuilder builder, string[] anyOf, string? scopeText)
        where TBuilder : IEndpointConventionBuilder
    {
        builder.AddEndpointFilter(new ScopeEndpointFilter(anyOf));
        builder.WithMetadata(new RequiredScopeMetadata(scopeText));
        return anyOf.Length == 0
            ? builder.ProducesErrors(StatusCodes.Status401Unauthorized)
            : builder.ProducesErrors(StatusCodes.Status401Unauthorized, StatusCodes.Status403Forbidden);
    }
}
