namespace JobForge.Domain.Auth;

/// <summary>Scope matching: <c>*</c> covers everything, <c>resource:*</c> covers every action on the resource.</summary>
public static class ScopeGrant
{
    /// <summary>Whether the granted scope <paramref name="granted"/> covers <paramref name="required"/>.</summary>
    public static bool Covers(string granted, string required)
    {
        if (granted == "*" || string.Equals(granted, required, StringComparison.Ordinal))
        {
            return true;
        }

        if (granted.EndsWith(":*", StringComparison.Ordinal))
        {
            var resource = granted.AsSpan(0, granted.Length - 1); // "events:"
            return required.AsSpan().StartsWith(resource, StringComparison.Ordinal) && required.Length > resource.Length;
        }

        return false;
    }
}
