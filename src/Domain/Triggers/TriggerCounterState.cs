namespace JobForge.Domain.Triggers;

/// <summary>A trigger's fire counters (per tenant and trigger, shared by every server).</summary>
/// <param name="LastFiredAt">When it last fired (the cooldown counts from here).</param>
/// <param name="HourStart">The UTC hour <paramref name="CountInHour"/> counts.</param>
/// <param name="CountInHour">Fires in that hour.</param>
/// <param name="Version">The store's concurrency token (an ETag); null when nothing is stored yet.</param>
/// <param name="LastFireIdentity">The identity of the last fire counted (a fire that took its counters and then stopped resumes without counting again).</param>
public sealed record TriggerCounterState(DateTimeOffset? LastFiredAt, DateTimeOffset HourStart, int CountInHour, string? Version, string? LastFireIdentity = null)
{
    /// <summary>No fires yet.</summary>
    public static TriggerCounterState Empty { get; } = new(null, DateTimeOffset.MinValue, 0, null);

    /// <summary>The start of the UTC hour holding <paramref name="at"/>.</summary>
    public static DateTimeOffset HourOf(DateTimeOffset at) =>
        new(at.UtcTicks - (at.UtcTicks % TimeSpan.TicksPerHour), TimeSpan.Zero);

    /// <summary>Fires counted in the hour holding <paramref name="at"/>.</summary>
    public int CountAt(DateTimeOffset at) => HourStart == HourOf(at) ? CountInHour : 0;

    /// <summary>The state after fire <paramref name="fireIdentity"/> at <paramref name="at"/> (same version: the store replaces it).</summary>
    public TriggerCounterState After(DateTimeOffset at, string? fireIdentity) => new(at, HourOf(at), CountAt(at) + 1, Version, fireIdentity);
}
