namespace JobForge.Storage.Audit;

/// <summary>The bounds of an audit query, shared by the stores and the API.</summary>
public static class AuditQueryLimits
{
    /// <summary>The page size when none is given.</summary>
    public const int DefaultLimit = 100;

    /// <summary>The largest page.</summary>
    public const int MaxLimit = 1000;

    /// <summary>The longest cursor accepted; longer ones are rejected before decoding.</summary>
    public const int MaxCursorLength = 512;

    /// <summary>The allowed decision values.</summary>
    public static IReadOnlyList<string> Decisions { get; } = ["allow", "deny"];
}
