namespace JobForge.Storage.Templates;

/// <summary>Where <see cref="TableTemplateStore"/> keeps templates, bound from <c>JobForge:Templates</c>.</summary>
public sealed class TemplateStoreOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "JobForge:Templates";

    /// <summary>
    /// The table of template versions and latest pointers (PartitionKey = template key). Key:
    /// <c>JobForge:Templates:TableName</c>. Default <c>jobforgetemplates</c>.
    /// </summary>
    public string TableName { get; set; } = "jobforgetemplates";

    /// <summary>
    /// The table of per-tenant switches (PartitionKey = tenant id). Key: <c>JobForge:Templates:EnablementTableName</c>.
    /// Default <c>jobforgetemplateswitches</c>.
    /// </summary>
    public string EnablementTableName { get; set; } = "jobforgetemplateswitches";
}
