using System.Globalization;
using System.Text;
using JobForge.Domain.Runs;

namespace JobForge.Application.Jobs;

/// <summary>
/// Where a tenant stream stands, carried in every event id so <c>Last-Event-ID</c> resumes exactly: the newest run id
/// the stream has handled (runs are listed in creation order, ids are time-ordered) and, for each unfinished run at or
/// before it, the last sequence sent. A run at or before the watermark that is not listed has been delivered in its
/// final state (or was finished before the stream began). Text form: <c>watermark|run:seq,run:seq</c>; its size grows
/// with the number of unfinished runs (about 40 bytes each).
/// </summary>
internal sealed class TenantStreamPosition
{
    /// <summary>The longest id accepted back (Kestrel's request headers are limited to 32 KiB in all).</summary>
    public const int MaxLength = 24 * 1024;

    public string? Watermark { get; private set; }

    public Dictionary<string, int> Unfinished { get; } = new(StringComparer.Ordinal);

    /// <summary>Whether <paramref name="runId"/> was created after everything this position has handled.</summary>
    public bool IsNew(string runId) => Watermark is null || string.CompareOrdinal(runId, Watermark) > 0;

    /// <summary>Records that <paramref name="runId"/> was handled at <paramref name="sequence"/>.</summary>
    public void Handled(string runId, int sequence, bool finished)
    {
        if (IsNew(runId))
        {
            Watermark = runId;
        }

        if (finished)
        {
            Unfinished.Remove(runId);
        }
        else
        {
            Unfinished[runId] = sequence;
        }
    }

    public override string ToString()
    {
        var text = new StringBuilder(Watermark ?? string.Empty).Append('|');
        text.AppendJoin(',', Unfinished.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Key + ":" + p.Value.ToString(CultureInfo.InvariantCulture)));
        return text.ToString();
    }

    /// <summary>The position <paramref name="text"/> names, or null when it is malformed.</summary>
    public static TenantStreamPosition? Parse(string text)
    {
        var bar = text.IndexOf('|', StringComparison.Ordinal);
        if (text.Length > MaxLength || bar < 0)
        {
            return null;
        }

        var position = new TenantStreamPosition();
        var watermark = text[..bar];
        if (watermark.Length > 0)
        {
            if (!RunId.IsValid(watermark))
            {
                return null;
            }

            position.Watermark = watermark;
        }

        foreach (var entry in text[(bar + 1)..].Split(',', StringSplitOptions.RemoveEmptyEntries))
        {
            var colon = entry.IndexOf(':', StringComparison.Ordinal);
            if (colon < 0 || !RunId.IsValid(entry[..colon]) || position.IsNew(entry[..colon])
                || !int.TryParse(entry[(colon + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out var sequence))
            {
                return null;
            }

            position.Unfinished[entry[..colon]] = sequence;
        }

        return position;
    }
}
