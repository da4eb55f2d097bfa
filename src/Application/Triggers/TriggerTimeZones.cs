using System.Collections.Concurrent;

namespace JobForge.Application.Triggers;

/// <summary>The server's IANA time zone lookup (cached); <c>UTC</c> always resolves.</summary>
public static class TriggerTimeZones
{
    private static readonly ConcurrentDictionary<string, TimeZoneInfo?> s_cache = new(StringComparer.Ordinal);

    /// <summary>The zone named <paramref name="name"/>, or null when unknown.</summary>
    public static TimeZoneInfo? Find(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (name is "UTC" or "Etc/UTC")
        {
            return TimeZoneInfo.Utc;
        }

        if (name.Length > 128 || s_cache.Count > 1000 && !s_cache.ContainsKey(name))
        {
            return TimeZoneInfo.TryFindSystemTimeZoneById(name, out var uncached) ? uncached : null;
        }

        return s_cache.GetOrAdd(name, static n => TimeZoneInfo.TryFindSystemTimeZoneById(n, out var zone) ? zone : null);
    }
}
