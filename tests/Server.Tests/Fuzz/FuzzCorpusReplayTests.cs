using System.Diagnostics;
using System.Globalization;
using JobForge.Fuzz;
using JobForge.TestKit;

namespace JobForge.Server.Tests.Fuzz;

/// <summary>
/// The fuzz targets of fuzz/JobForge.Fuzz without AFL: every committed corpus input (seeds and the inputs behind past
/// findings), then seeded mutations of them, through the same targets scripts/fuzz runs. No input may throw (a parser
/// exception or a broken invariant) or take longer than <see cref="SlowInput"/>. <c>JOBFORGE_FUZZ_MUTATIONS</c> and
/// <c>JOBFORGE_FUZZ_SEED</c> change the count and the seed.
/// </summary>
public sealed class FuzzCorpusReplayTests
{
    private const int DefaultMutations = 600;
    private static readonly TimeSpan SlowInput = TimeSpan.FromSeconds(10); // generous: a loaded machine also JITs the first input
    private static readonly TimeSpan TargetBudget = TimeSpan.FromSeconds(3);

    public static TheoryData<string> Targets() => [.. FuzzTargets.All.Select(target => target.Name)];

    [Theory]
    [MemberData(nameof(Targets))]
    public async Task Target_CorpusAndSeededMutations_NeverThrowNorHang(string name)
    {
        var target = FuzzTargets.Find(name)!;
        var corpusDirectory = Path.Combine(RepositoryPaths.Root, "fuzz", "JobForge.Fuzz", "corpus", name);
        var corpus = Directory.EnumerateFiles(corpusDirectory).Order(StringComparer.Ordinal).Select(File.ReadAllBytes).ToList();
        var tokens = FuzzDictionary.Read(Path.Combine(RepositoryPaths.Root, "fuzz", "JobForge.Fuzz", "dictionaries", name + ".dict"));
        var mutations = int.TryParse(Environment.GetEnvironmentVariable("JOBFORGE_FUZZ_MUTATIONS"), CultureInfo.InvariantCulture, out var m) ? m : DefaultMutations;
        var seed = int.TryParse(Environment.GetEnvironmentVariable("JOBFORGE_FUZZ_SEED"), CultureInfo.InvariantCulture, out var s) ? s : 20261205;
        Assert.NotEmpty(corpus);

        // On its own thread with an overall limit, so a parser that loops forever fails the test instead of hanging the run.
        var run = Task.Factory.StartNew(() => Replay(target, corpus, new FuzzMutator(seed, corpus, tokens), mutations), TaskCreationOptions.LongRunning);
        var finished = await Task.WhenAny(run, Task.Delay(TimeSpan.FromSeconds(60)));
        Assert.True(finished == run, $"{name}: an input has run for over a minute (seed {seed})");
        var (failures, executed) = await run;

        Assert.True(failures.Count == 0, $"{name}, seed {seed}, {executed} inputs:\n" + string.Join("\n", failures));
        Assert.True(executed >= corpus.Count, $"{name}: only {executed} of the corpus' {corpus.Count} inputs ran");
    }

    private static (List<string> Failures, int Executed) Replay(FuzzTarget target, List<byte[]> corpus, FuzzMutator mutator, int mutations)
    {
        var failures = new List<string>();
        var executed = 0;
        var budget = Stopwatch.StartNew();
        foreach (var input in corpus.Concat(Enumerable.Range(0, mutations).Select(_ => mutator.Next())))
        {
            if (executed >= corpus.Count && budget.Elapsed > TargetBudget)
            {
                break; // a loaded machine runs fewer mutations; the corpus always runs in full
            }

            var watch = Stopwatch.StartNew();
            try
            {
                target.Run(input);
            }
            catch (Exception ex)
            {
                failures.Add($"#{executed} {Describe(input)}: {ex.GetType().Name}: {ex.Message}\n{ex.StackTrace}");
            }

            if (watch.Elapsed > SlowInput)
            {
                failures.Add($"#{executed} {Describe(input)}: took {watch.Elapsed.TotalMilliseconds:F0} ms");
            }

            executed++;
            if (failures.Count >= 5)
            {
                break;
            }
        }

        return (failures, executed);
    }

    private static string Describe(byte[] input) =>
        Convert.ToBase64String(input.AsSpan(0, Math.Min(input.Length, 512))) + (input.Length > 512 ? "…" : string.Empty);
}
