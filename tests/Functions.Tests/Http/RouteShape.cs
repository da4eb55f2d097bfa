using Microsoft.AspNetCore.Routing.Patterns;

namespace JobForge.Functions.Tests.Http;

/// <summary>
/// A route template in a form both hosts can be compared in: no leading or trailing slash, literals lower case (routing
/// ignores case), parameters by name only (<c>{run_id:regex(…)}</c> and <c>{run_id=x}</c> are both <c>{run_id}</c>;
/// optional <c>?</c> and catch-all <c>*</c> kept), complex segments such as <c>{documentName}.json</c> kept whole.
/// </summary>
public static class RouteShape
{
    /// <summary>Normalizes <paramref name="template"/> (a server pattern with its <c>/api</c>, or a function route with the prefix added).</summary>
    public static string Normalize(string template)
    {
        var pattern = RoutePatternFactory.Parse(template.Trim().Trim('/'));
        return string.Join('/', pattern.PathSegments.Select(segment => string.Concat(segment.Parts.Select(Part))));
    }

    private static string Part(RoutePatternPart part) => part switch
    {
        RoutePatternLiteralPart literal => literal.Content.ToLowerInvariant(),
        RoutePatternSeparatorPart separator => separator.Content,
        RoutePatternParameterPart parameter =>
            "{" + (parameter.IsCatchAll ? "*" : string.Empty) + parameter.Name + (parameter.IsOptional ? "?" : string.Empty) + "}",
        _ => throw new InvalidOperationException("Unknown route part " + part.PartKind),
    };
}
