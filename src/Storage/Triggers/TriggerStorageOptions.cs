namespace JobForge.Storage.Triggers;

/// <summary>Where triggers and their state are kept, bound from <c>JobForge:Triggers</c>.</summary>
public sealed class TriggerStorageOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "JobForge:Triggers";

    /// <summary>Triggers and the change feed (<c>JobForge:Triggers:TableName</c>; default <c>jobforgetriggers</c>).</summary>
    public string TableName { get; set; } = "jobforgetriggers";

    /// <summary>Counters, handled-fire marks and cron checkpoints (<c>JobForge:Triggers:StateTableName</c>; default <c>jobforgetriggerstate</c>).</summary>
    public string StateTableName { get; set; } = "jobforgetriggerstate";

    /// <summary>The decision log (<c>JobForge:Triggers:DecisionsTableName</c>; default <c>jobforgetriggerdecisions</c>).</summary>
    public string DecisionsTableName { get; set; } = "jobforgetriggerdecisions";
}
