namespace JobForge.Domain.Auth;

/// <summary>
/// The scope vocabulary a key may be granted: the named scopes, <c>&lt;resource&gt;:*</c> for a known resource,
/// <c>*</c>, and template-category scopes <c>&lt;category&gt;:read</c> / <c>&lt;category&gt;:write</c>.
/// </summary>
public static class ApiKeyScopes
{
    /// <summary>Everything, including <see cref="Admin"/>.</summary>
    public const string All = "*";

    /// <summary>Operator endpoints: API keys, flags.</summary>
    public const string Admin = "admin";

    /// <summary>The named scopes.</summary>
    public static IReadOnlyList<string> Named { get; } =
    [
        "events:write", "events:read", "events:pii", "jobs:write", "jobs:read", "jobs:approve",
        "templates:admin", "triggers:admin", "policy:issue", "audit:read", Admin,
    ];

    /// <summary>The template categories, each with <c>:read</c>, <c>:write</c> and <c>:*</c>.</summary>
    public static IReadOnlyList<string> TemplateCategories { get; } = ["ops", "support", "growth", "finops", "core"];

    /// <summary>The resources that take a <c>:*</c> wildcard.</summary>
    public static IReadOnlyList<string> WildcardResources { get; } =
        ["events", "jobs", "templates", "triggers", "policy", "audit", .. TemplateCategories];

    /// <summary>The longest scope string accepted.</summary>
    public const int MaxLength = 64;

    /// <summary>Whether <paramref name="scope"/> is in the vocabulary (case-sensitive).</summary>
    public static bool IsValid(string? scope)
    {
        if (scope is null or { Length: 0 or > MaxLength })
        {
            return false;
        }

        if (scope == All || Named.Contains(scope, StringComparer.Ordinal))
        {
            return true;
        }

        var colon = scope.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0)
        {
            return false;
        }

        var resource = scope[..colon];
        var action = scope[(colon + 1)..];
        return (action == "*" && WildcardResources.Contains(resource, StringComparer.Ordinal))
            || (action is "read" or "write" && TemplateCategories.Contains(resource, StringComparer.Ordinal));
    }
}
