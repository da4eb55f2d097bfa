namespace JobForge.Storage.Runs;

/// <summary>Where <see cref="TableRunStore"/> keeps runs, bound from <c>JobForge:Runs</c>.</summary>
public sealed class RunStoreOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "JobForge:Runs";

    /// <summary>
    /// The table of runs and idempotency claims (PartitionKey = tenant id). Key: <c>JobForge:Runs:TableName</c>.
    /// Default <c>jobforgeruns</c>.
    /// </summary>
    public string TableName { get; set; } = "jobforgeruns";

    /// <summary>
    /// Give each run's idempotency claim and row a transaction of its own instead of sharing entity group transactions
    /// with the tenant's other runs being created at the same moment (<c>JobForge:Runs:SeparateCreationTransactions</c>;
    /// default off — the behaviour before group commit, kept for the burst benchmark's before/after).
    /// </summary>
    public bool SeparateCreationTransactions { get; set; }
}
