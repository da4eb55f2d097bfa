using System.Globalization;
using System.Text.Json;
using JobForge.Domain.Events;

namespace JobForge.Domain.Artifacts;

/// <summary>
/// Compares replayed steps with recorded ones: steps by id in recorded order (then any extra replayed steps), each
/// step's <c>status</c> and <c>outputs</c> deeply (object keys in ordinal order, arrays by index, numbers by value), and
/// the final status. Attempt counts are not compared (a replay takes one attempt). Timing measurements (a delay's
/// <c>waited_ms</c>, see <see cref="ReplayTimings"/>) are not results: where they differ they are listed apart, in
/// <see cref="ReplayComparison.TimingDifferences"/>, and leave the replay <c>identical</c>. Deterministic and capped.
/// </summary>
public static class ReplayComparer
{
    /// <summary>The default cap on listed differences.</summary>
    public const int DefaultMaxDifferences = 100;

    /// <summary>Compares <paramref name="replayed"/> with <paramref name="recorded"/>.</summary>
    public static ReplayComparison Compare(
        IReadOnlyList<ReplayStep> recorded, string recordedStatus, ReplayExecution replayed, int maxDifferences = DefaultMaxDifferences)
    {
        ArgumentNullException.ThrowIfNull(recorded);
        ArgumentNullException.ThrowIfNull(replayed);
        var sink = new List<ReplayDifference>();
        var found = 0;
        void Add(ReplayDifference difference)
        {
            if (found++ < maxDifferences)
            {
                sink.Add(difference);
            }
        }

        var timings = new List<ReplayDifference>();
        var byId = new Dictionary<string, ReplayStep>(StringComparer.Ordinal);
        foreach (var step in replayed.Steps)
        {
            byId.TryAdd(step.Id, step);
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var step in recorded)
        {
            seen.Add(step.Id);
            if (!byId.TryGetValue(step.Id, out var other))
            {
                Add(new ReplayDifference(step.Id, "$", JsonSerializer.SerializeToElement(step), null));
                continue;
            }

            if (!string.Equals(step.Status, other.Status, StringComparison.Ordinal))
            {
                Add(new ReplayDifference(step.Id, "$.status", Text(step.Status), Text(other.Status)));
            }

            var uses = step.Uses;
            CompareValues(step.Id, "$.outputs", step.Outputs, other.Outputs, difference =>
            {
                if (ReplayTimings.IsMeasurement(uses, difference.Path))
                {
                    if (timings.Count < maxDifferences)
                    {
                        timings.Add(difference);
                    }
                }
                else
                {
                    Add(difference);
                }
            });
        }

        foreach (var step in replayed.Steps.Where(s => seen.Add(s.Id)))
        {
            Add(new ReplayDifference(step.Id, "$", null, JsonSerializer.SerializeToElement(step)));
        }

        if (!string.Equals(recordedStatus, replayed.Status, StringComparison.Ordinal))
        {
            Add(new ReplayDifference(null, "$.status", Text(recordedStatus), Text(replayed.Status)));
        }

        return new ReplayComparison(found == 0, sink, found > sink.Count) { TimingDifferences = timings };
    }

    private static void CompareValues(string stepId, string path, JsonElement? recorded, JsonElement? replayed, Action<ReplayDifference> add)
    {
        if (recorded is not { } a || replayed is not { } b)
        {
            if (recorded.HasValue != replayed.HasValue)
            {
                add(new ReplayDifference(stepId, path, recorded, replayed));
            }

            return;
        }

        if (a.ValueKind == JsonValueKind.Object && b.ValueKind == JsonValueKind.Object)
        {
            var left = Properties(a);
            var right = Properties(b);
            foreach (var name in left.Keys.Union(right.Keys).Order(StringComparer.Ordinal))
            {
                CompareValues(stepId, JsonPathText.Property(path, name), Lookup(left, name), Lookup(right, name), add);
            }
        }
        else if (a.ValueKind == JsonValueKind.Array && b.ValueKind == JsonValueKind.Array)
        {
            var count = Math.Max(a.GetArrayLength(), b.GetArrayLength());
            for (var i = 0; i < count; i++)
            {
                CompareValues(stepId, JsonPathText.Item(path, i), Item(a, i), Item(b, i), add);
            }
        }
        else if (!ScalarEquals(a, b))
        {
            add(new ReplayDifference(stepId, path, a, b));
        }
    }

    private static bool ScalarEquals(JsonElement a, JsonElement b)
    {
        if (a.ValueKind != b.ValueKind)
        {
            return false;
        }

        return a.ValueKind switch
        {
            JsonValueKind.String => string.Equals(a.GetString(), b.GetString(), StringComparison.Ordinal),
            JsonValueKind.Number => NumberEquals(a, b),
            _ => true, // true, false, null: same kind is same value
        };
    }

    private static bool NumberEquals(JsonElement a, JsonElement b) =>
        a.TryGetDecimal(out var x) && b.TryGetDecimal(out var y)
            ? x == y
            : double.Parse(a.GetRawText(), CultureInfo.InvariantCulture).Equals(double.Parse(b.GetRawText(), CultureInfo.InvariantCulture));

    private static Dictionary<string, JsonElement> Properties(JsonElement value)
    {
        var map = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (var property in value.EnumerateObject())
        {
            map[property.Name] = property.Value;
        }

        return map;
    }

    private static JsonElement? Lookup(Dictionary<string, JsonElement> map, string name) =>
        map.TryGetValue(name, out var value) ? value : null;

    private static JsonElement? Item(JsonElement array, int index) =>
        index < array.GetArrayLength() ? array[index] : null;

    private static JsonElement Text(string? value) => JsonSerializer.SerializeToElement(value);
}
