using System.Globalization;
using JobForge.Domain.Runs;

namespace JobForge.Domain.Triggers;

/// <summary>
/// The identity of one fire, used as the job request's idempotency key so a slot or an event never yields two runs:
/// <c>trg:{trigger id}:{slot as yyyy-MM-ddTHH:mm:ssZ}</c> for a cron slot, <c>trg:{trigger id}:evt:{event id}</c> for an
/// event (the event id replaced by its SHA-256 when the key would pass 128 characters).
/// </summary>
public static class FireIdentity
{
    /// <summary>The identity of cron slot <paramref name="scheduledAt"/> of <paramref name="triggerId"/>.</summary>
    public static string ForSlot(string triggerId, DateTimeOffset scheduledAt) =>
        "trg:" + triggerId + ":" + scheduledAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    /// <summary>The identity of event <paramref name="eventId"/> for <paramref name="triggerId"/>.</summary>
    public static string ForEvent(string triggerId, string eventId)
    {
        var key = "trg:" + triggerId + ":evt:" + eventId;
        return key.Length <= JobRequestParser.MaxIdempotencyKeyLength
            ? key
            : "trg:" + triggerId + ":evh:" + CanonicalJson.Sha256Hex(eventId);
    }
}
