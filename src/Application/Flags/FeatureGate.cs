using JobForge.Domain.Errors;
using JobForge.Application.Errors;

namespace JobForge.Application.Flags;

/// <summary>The answer of a switched-off feature: 403 <c>feature_disabled</c> naming the flag to set.</summary>
public static class FeatureGate
{
    /// <summary>Null when <paramref name="enabled"/>; otherwise the 403 result naming <paramref name="flagName"/>.</summary>
    public static IResult? Check(HttpContext context, bool enabled, string flagName) =>
        enabled
            ? null
            : ErrorResults.Problem(context, StatusCodes.Status403Forbidden, ErrorType.FeatureDisabled,
                $"This feature is disabled. Set {flagName}=1 to enable it.", new { flag = flagName });
}
