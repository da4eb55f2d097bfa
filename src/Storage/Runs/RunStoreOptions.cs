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
}
