namespace JobForge.Domain.Triggers.Cron;

/// <summary>The wire names of <see cref="MisfirePolicy"/>: <c>fire_once</c>, <c>skip</c>.</summary>
public static class MisfirePolicyNames
{
    /// <summary>The wire name of <paramref name="p"/>.</summary>
    public static string ToWireName(MisfirePolicy p) => p == MisfirePolicy.Skip ? "skip" : "fire_once";

    /// <summary>Reads a wire name.</summary>
    public static bool TryParse(string? name, out MisfirePolicy p)
    {
        p = name == "skip" ? MisfirePolicy.Skip : MisfirePolicy.FireOnce;
        return name is "skip" or "fire_once";
    }
}
