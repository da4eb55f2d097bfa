using System.Globalization;

namespace JobForge.Chaos.Benchmarks;

/// <summary>The chaos command's flags. No scenario flag runs them all; <c>--quick</c> shortens every duration.</summary>
internal sealed class ChaosOptions
{
    public HashSet<string> Scenarios { get; } = new(StringComparer.Ordinal);

    public bool Quick { get; private set; }

    public int Seed { get; private set; } = 20261205;

    public TimeSpan OutageDuration { get; private set; } = TimeSpan.FromSeconds(20);

    public TimeSpan KillDuration { get; private set; } = TimeSpan.FromMinutes(5);

    public TimeSpan KillInterval { get; private set; } = TimeSpan.FromSeconds(20);

    public int EventsPerSecond { get; private set; } = 20;

    public int JobsPerSecond { get; private set; } = 2;

    public int SlowRuns { get; private set; } = 100;

    public int HostileCases { get; private set; } = 10_000;

    public string? Output { get; private set; } = "docs/reliability.md";

    public const string Usage =
        "usage: scripts/chaos [--outage] [--kills] [--slow] [--durable] [--hostile] [--quick] [--seed N] [--outage-seconds N] " +
        "[--kill-seconds N] [--kill-interval N] [--events-per-second N] [--jobs-per-second N] [--slow-runs N] [--hostile-cases N] " +
        "[--output FILE | --no-output]";

    public static readonly string[] AllScenarios = ["outage", "kills", "slow", "durable", "hostile"];

    public static ChaosOptions? Parse(string[] args)
    {
        var options = new ChaosOptions();
        var explicitDurations = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < args.Length; i++)
        {
            int Next() => int.Parse(args[++i], CultureInfo.InvariantCulture);
            var arg = args[i];
            var hasValue = i + 1 < args.Length;
            switch (arg)
            {
                case "--outage" or "--kills" or "--slow" or "--durable" or "--hostile": options.Scenarios.Add(arg[2..]); break;
                case "--quick": options.Quick = true; break;
                case "--seed" when hasValue: options.Seed = Next(); break;
                case "--outage-seconds" when hasValue: options.OutageDuration = TimeSpan.FromSeconds(Next()); explicitDurations.Add(arg); break;
                case "--kill-seconds" when hasValue: options.KillDuration = TimeSpan.FromSeconds(Next()); explicitDurations.Add(arg); break;
                case "--kill-interval" when hasValue: options.KillInterval = TimeSpan.FromSeconds(Next()); explicitDurations.Add(arg); break;
                case "--events-per-second" when hasValue: options.EventsPerSecond = Next(); explicitDurations.Add(arg); break;
                case "--jobs-per-second" when hasValue: options.JobsPerSecond = Next(); explicitDurations.Add(arg); break;
                case "--slow-runs" when hasValue: options.SlowRuns = Next(); explicitDurations.Add(arg); break;
                case "--hostile-cases" when hasValue: options.HostileCases = Next(); explicitDurations.Add(arg); break;
                case "--output" when hasValue: options.Output = args[++i]; break;
                case "--no-output": options.Output = null; break;
                default: return null;
            }
        }

        if (options.Scenarios.Count == 0)
        {
            options.Scenarios.UnionWith(AllScenarios);
        }

        if (options.Quick)
        {
            // The seeded short version: the same checks over shorter windows and lighter load.
            if (!explicitDurations.Contains("--outage-seconds")) options.OutageDuration = TimeSpan.FromSeconds(8);
            if (!explicitDurations.Contains("--kill-seconds")) options.KillDuration = TimeSpan.FromSeconds(60);
            if (!explicitDurations.Contains("--kill-interval")) options.KillInterval = TimeSpan.FromSeconds(15);
            if (!explicitDurations.Contains("--events-per-second")) options.EventsPerSecond = 10;
            if (!explicitDurations.Contains("--jobs-per-second")) options.JobsPerSecond = 1;
            if (!explicitDurations.Contains("--slow-runs")) options.SlowRuns = 80;
            if (!explicitDurations.Contains("--hostile-cases")) options.HostileCases = 2_000;
        }

        return options;
    }
}
