using JobForge.Domain.Errors;
using JobForge.Server.Auth;
using JobForge.Server.Errors;

namespace JobForge.Server.Templates;

/// <summary>
/// Requires an authenticated caller holding at least one of several scopes (401 <c>unauthorized</c> without a key,
/// 403 <c>forbidden</c> naming the scopes otherwise). Add it with <see cref="AnyScopeEndpointFilter.RequireAnyScope{TBuilder}"/>.
/// </summary>
public sealed class AnyScopeEndpointFilter(IReadOnlyList<string> scopes) : IEndpointFilter
{
    /// <inheritdoc />
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var http = context.HttpContext;
        var caller = http.GetCaller();
        if (caller is null)
        {
            http.Response.Headers.WWWAuthenticate = "Bearer";
            return ErrorResults.Problem(http, StatusCodes.Status401Unauthorized, ErrorType.Unauthorized,
                "A valid API key is required: send 'Authorization: Bearer <api key>'.");
        }

        if (!scopes.Any(caller.HasScope))
        {
            return ErrorResults.Problem(http, StatusCodes.Status403Forbidden, ErrorType.Forbidden,
                $"The API key needs one of the scopes {string.Join(", ", scopes)}.", new { required_scopes = scopes });
        }

        return await next(context);
    }

    /// <summary>Requires one of <paramref name="anyOf"/> on a route (metadata names them joined by <c>|</c>).</summary>
    public static TBuilder RequireAnyScope<TBuilder>(TBuilder builder, params string[] anyOf)
        where TBuilder : IEndpointConventionBuilder
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.AddEndpointFilter(new AnyScopeEndpointFilter(anyOf));
        builder.WithMetadata(new RequiredScopeMetadata(string.Join('|', anyOf)));
        return builder;
    }
}
