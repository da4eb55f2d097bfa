using JobForge.Domain.Templates;

namespace JobForge.Domain.Artifacts;

/// <summary>
/// The step outputs that measure time rather than carry a result: a replay recomputes them on its own clock, so they
/// never match the recording exactly and are compared apart (<see cref="ReplayComparer"/>).
/// </summary>
public static class ReplayTimings
{
    private static readonly Dictionary<string, string[]> s_measurements = new(StringComparer.Ordinal)
    {
        [HandlerKinds.Delay] = ["$.outputs.waited_ms"],
    };

    /// <summary>Whether <paramref name="path"/> in a <paramref name="uses"/> step's outputs is a timing measurement.</summary>
    public static bool IsMeasurement(string uses, string path) =>
        s_measurements.TryGetValue(uses, out var paths) && paths.Contains(path, StringComparer.Ordinal);
}
