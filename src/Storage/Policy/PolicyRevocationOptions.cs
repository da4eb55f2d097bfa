namespace JobForge.Storage.Policy;

/// <summary>Where <see cref="TablePolicyTokenRevocations"/> keeps token ids, bound from <c>JobForge:Policy</c>.</summary>
public sealed class PolicyRevocationOptions
{
    /// <summary>The configuration section (shared with the server's policy token options).</summary>
    public const string SectionName = "JobForge:Policy";

    /// <summary>The default table name.</summary>
    public const string DefaultTableName = "jobforgepolicyrevocations";

    /// <summary>
    /// The table (3–63 letters and digits, starting with a letter); created at first use if missing.
    /// Key: <c>JobForge:Policy:RevocationsTableName</c>. Default <c>jobforgepolicyrevocations</c>.
    /// </summary>
    public string RevocationsTableName { get; set; } = DefaultTableName;
}
