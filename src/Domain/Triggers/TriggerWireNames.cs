namespace JobForge.Domain.Triggers;

/// <summary>Wire names of trigger enums.</summary>
public static class TriggerWireNames
{
    /// <summary>The wire name of <paramref name="type"/>: <c>cron</c> or <c>event</c>.</summary>
    public static string ToWireName(TriggerType type) => type == TriggerType.Event ? "event" : "cron";

    /// <summary>Reads <c>cron</c> or <c>event</c>.</summary>
    public static bool TryParse(string? name, out TriggerType type)
    {
        type = name == "event" ? TriggerType.Event : TriggerType.Cron;
        return name is "cron" or "event";
    }
}
