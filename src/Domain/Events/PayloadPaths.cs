using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace JobForge.Domain.Events;

/// <summary>
/// Finds and replaces the payload values a <see cref="PayloadPath"/> addresses, e.g. so an adapter can encrypt the
/// <c>encrypt_fields</c> of an event. Pure and total: the payload is never modified (a rewritten copy is returned),
/// only the branches on the path are searched, and copies are bounded as described on <see cref="PayloadRedactor"/>.
/// </summary>
public static class PayloadPaths
{
    /// <summary>Every value <paramref name="path"/> addresses in <paramref name="payload"/>, in document order.</summary>
    public static IReadOnlyList<PayloadMatch> Select(JsonElement payload, PayloadPath path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var matches = new List<PayloadMatch>();
        Collect(payload, path, 0, new StringBuilder(), matches);
        return matches;
    }

    /// <summary>
    /// A copy of <paramref name="payload"/> with each value <paramref name="path"/> addresses replaced by
    /// <paramref name="replace"/>'s result (<see langword="null"/> writes JSON <c>null</c>).
    /// </summary>
    public static JsonElement Replace(JsonElement payload, PayloadPath path, Func<JsonElement, JsonNode?> replace)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(replace);
        return ReplaceAll(payload, [path], replace);
    }

    /// <summary>As <see cref="Replace"/>, for several paths in one copy; a value addressed twice is replaced once.</summary>
    public static JsonElement ReplaceAll(JsonElement payload, IReadOnlyList<PayloadPath> paths, Func<JsonElement, JsonNode?> replace)
    {
        ArgumentNullException.ThrowIfNull(paths);
        ArgumentNullException.ThrowIfNull(replace);
        return JsonTreeRewriter.Rewrite(payload, (IReadOnlyList<PayloadPathSegment> location, JsonElement value, out JsonNode? replacement) =>
        {
            replacement = null;
            var best = PayloadPathMatch.None;
            foreach (var path in paths)
            {
                best = (PayloadPathMatch)Math.Max((int)best, (int)path.MatchLocation(location));
            }

            if (best == PayloadPathMatch.Full)
            {
                replacement = replace(value);
                return RewriteDecision.Replace;
            }

            return best == PayloadPathMatch.Prefix ? RewriteDecision.Descend : RewriteDecision.Copy;
        });
    }

    private static void Collect(JsonElement value, PayloadPath path, int step, StringBuilder location, List<PayloadMatch> matches)
    {
        if (step == path.Segments.Count)
        {
            matches.Add(new PayloadMatch(location.ToString(), value));
            return;
        }

        var segment = path.Segments[step];
        var mark = location.Length;
        if (segment.Kind == PayloadPathSegmentKind.Property && value.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in value.EnumerateObject())
            {
                if (string.Equals(JsonRawText.Name(property, out _), segment.Name, StringComparison.Ordinal))
                {
                    location.Append(step == 0 ? string.Empty : ".").Append(segment.Name);
                    Collect(property.Value, path, step + 1, location, matches);
                    location.Length = mark;
                }
            }
        }
        else if (segment.Kind != PayloadPathSegmentKind.Property && value.ValueKind == JsonValueKind.Array)
        {
            var index = 0;
            foreach (var item in value.EnumerateArray())
            {
                if (segment.Kind == PayloadPathSegmentKind.AnyIndex || segment.Index == index)
                {
                    location.Append(CultureInfo.InvariantCulture, $"[{index}]");
                    Collect(item, path, step + 1, location, matches);
                    location.Length = mark;
                }

                index++;
            }
        }
    }
}
