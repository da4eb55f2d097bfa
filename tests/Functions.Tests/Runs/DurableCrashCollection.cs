namespace JobForge.Functions.Tests.Runs;

/// <summary>
/// The crash test runs alone, after the parallel tests: it measures recovery of a killed worker process, which the other
/// Durable hubs' polling on the same two cores would otherwise starve.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class DurableCrashCollection
{
    /// <summary>The collection's name.</summary>
    public const string Name = "Durable crash";
}
