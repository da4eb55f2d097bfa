namespace JobForge.Storage.Audit;

/// <summary>Where and how the audit trail is stored, bound from <c>JobForge:Audit</c>.</summary>
public sealed class AuditOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "JobForge:Audit";

    /// <summary>The default table name.</summary>
    public const string DefaultTableName = "jobforgeaudit";

    /// <summary>The audit table (<c>JobForge:Audit:TableName</c>): 3–63 letters and digits, starting with a letter.</summary>
    public string TableName { get; set; } = DefaultTableName;

    /// <summary>
    /// How many records may wait for the writer (<c>JobForge:Audit:QueueCapacity</c>, default 10,000). When the queue is
    /// full, <c>RecordAsync</c> waits for room rather than buffering without bound.
    /// </summary>
    public int QueueCapacity { get; set; } = 10_000;
}
