using System.Globalization;

namespace JobForge.Storage.Events;

/// <summary>
/// The row keys of a tenant's partition. <c>e|{inverted received ticks:D19}|{eventId}</c> sorts events newest first;
/// <c>d|{eventType}|{eventId}</c> is the dedupe record of a client-supplied id; <c>o|{received ticks:D19}|{eventId}</c>
/// is a pending outbox entry, oldest first; <c>p|{oldest received ticks:D19}|{guid}</c> is a pending outbox pack (one per
/// committed batch, see <see cref="OutboxPack"/>). <c>}</c> is the character after <c>|</c>, so <c>[x|, x})</c> is one prefix.
/// Tenant ids, event types and event ids are <see cref="JobForge.Domain.Events.StorageSafeId"/>s, so none contains <c>|</c>.
/// </summary>
internal static class EventRowKeys
{
    public const string EventPrefix = "e|";
    public const string EventPrefixEnd = "e}";
    public const string OutboxPrefix = "o|";
    public const string OutboxPrefixEnd = "o}";
    public const string PackPrefix = "p|";

    public static string Event(DateTimeOffset receivedAt, string eventId) =>
        EventPrefix + Inverted(receivedAt) + "|" + eventId;

    public static string Dedupe(string eventType, string eventId) => "d|" + eventType + "|" + eventId;

    public static string Outbox(DateTimeOffset receivedAt, string eventId) =>
        OutboxPrefix + Ticks(receivedAt.UtcTicks) + "|" + eventId;

    public static string Pack(DateTimeOffset oldestReceivedAt, Guid id) =>
        PackPrefix + Ticks(oldestReceivedAt.UtcTicks) + "|" + id.ToString("N");

    /// <summary>The exclusive upper bound of pack rows whose oldest entry was accepted at or before <paramref name="acceptedBefore"/>.</summary>
    public static string PackUpperBound(DateTimeOffset acceptedBefore) =>
        PackPrefix + Ticks(acceptedBefore.UtcTicks) + "}";

    /// <summary>The smallest event row key received at or before <paramref name="until"/> (newest-first lower bound, inclusive).</summary>
    public static string EventLowerBound(DateTimeOffset? until) =>
        until is { } u ? EventPrefix + Inverted(u) : EventPrefix;

    /// <summary>The exclusive upper bound of event rows received at or after <paramref name="since"/>.</summary>
    public static string EventUpperBound(DateTimeOffset? since) =>
        since is { } s ? EventPrefix + Inverted(s) + "}" : EventPrefixEnd;

    /// <summary>The exclusive upper bound of outbox rows accepted at or before <paramref name="acceptedBefore"/>.</summary>
    public static string OutboxUpperBound(DateTimeOffset acceptedBefore) =>
        OutboxPrefix + Ticks(acceptedBefore.UtcTicks) + "}";

    private static string Inverted(DateTimeOffset at) => Ticks(DateTimeOffset.MaxValue.UtcTicks - at.UtcTicks);

    private static string Ticks(long ticks) => ticks.ToString("D19", CultureInfo.InvariantCulture);
}
