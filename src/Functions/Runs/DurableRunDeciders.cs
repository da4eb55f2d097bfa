using JobForge.Domain.Runs;

namespace JobForge.Functions.Runs;

/// <summary>
/// The decider versions this deployment can replay. A deployment that changes what <see cref="RunDecider"/> decides
/// raises <see cref="CurrentVersion"/> and keeps the previous decider here under its number until no orchestration
/// of that version is in flight: an in-flight run replays its history with the decider it ran under, then moves to the
/// current one with <c>ContinueAsNew</c> at its next wait (docs/adr/0005-durable-run-orchestration.md).
/// </summary>
public sealed class DurableRunDeciders
{
    /// <summary>The version of <see cref="RunDecider"/> in this build.</summary>
    public const int CurrentVersion = 1;

    private readonly IReadOnlyDictionary<int, RunDeciderFunc> _versions;

    /// <summary>This build's deciders: only <see cref="RunDecider.Decide"/>, as version <see cref="CurrentVersion"/>.</summary>
    public DurableRunDeciders()
        : this(CurrentVersion, new Dictionary<int, RunDeciderFunc> { [CurrentVersion] = RunDecider.Decide })
    {
    }

    /// <summary>Deciders by version, <paramref name="current"/> the one new runs start with (tests stage upgrades with this).</summary>
    public DurableRunDeciders(int current, IReadOnlyDictionary<int, RunDeciderFunc> versions)
    {
        ArgumentNullException.ThrowIfNull(versions);
        if (!versions.ContainsKey(current))
        {
            throw new ArgumentException("The current version needs a decider.", nameof(versions));
        }

        Current = current;
        _versions = versions;
    }

    /// <summary>The version new runs start with and in-flight runs move to.</summary>
    public int Current { get; }

    /// <summary>The decider of <paramref name="version"/>.</summary>
    /// <exception cref="InvalidOperationException">The version is not deployed (it was removed while runs still used it).</exception>
    public RunDeciderFunc For(int version) => _versions.TryGetValue(version, out var decide)
        ? decide
        : throw new InvalidOperationException($"Decider version {version} is not deployed; keep it in DurableRunDeciders until its runs finish.");
}
