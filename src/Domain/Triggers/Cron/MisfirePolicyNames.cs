namespace JobForge.Domain.Triggers.Cron;

/// <summary>The wire names of <see cref="MisfirePolicy"/> (<c>fire_once</c>, <c>skip</c>), and their parse.</summary>
public static class MisfirePolicyNames
{
    /// <summary>The wire name of <see cref="MisfirePolicy.FireOnce"/>.</summary>
    public const string FireOnce = "fire_once";

    /// <summary>The wire name of <see cref="MisfirePolicy.Skip"/>.</summary>
    public const string Skip = "skip";

    /// <summary>The wire name of <paramref name="policy"/>.</summary>
    public static string ToWireName(MisfirePolicy policy) => policy switch
    {
        MisfirePolicy.FireOnce => FireOnce,
        MisfirePolicy.Skip => Skip,
        _ => throw new ArgumentOutOfRangeException(nameof(policy)),
    };

    /// <summary>Parses a wire name (exact, lower case); false for anything else (never throws).</summary>
    public static bool TryParse(string? name, out MisfirePolicy policy)
    {
        switch (name)
        {
            case FireOnce:
                policy = MisfirePolicy.FireOnce;
                return true;
            case Skip:
                policy = MisfirePolicy.Skip;
                return true;
            default:
                policy = default;
                return false;
        }
    }
}
