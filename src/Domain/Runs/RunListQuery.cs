namespace JobForge.Domain.Runs;

/// <summary>A page request for a tenant's runs.</summary>
/// <param name="Limit">At most this many (1–200).</param>
/// <param name="Cursor">The opaque cursor of the previous page, or null for the first.</param>
public sealed record RunListQuery(int Limit = 50, string? Cursor = null)
{
    /// <summary>Only runs with this status.</summary>
    public RunStatus? Status { get; init; }

    /// <summary>Only runs of this template key.</summary>
    public string? TemplateKey { get; init; }

    /// <summary>Only runs of this project.</summary>
    public string? ProjectId { get; init; }

    /// <summary>Only runs whose id sorts at or after this one. Run ids are time-ordered (UUID v7), so this bounds the
    /// request time from below without a scan of older runs.</summary>
    public string? FromRunId { get; init; }
}
