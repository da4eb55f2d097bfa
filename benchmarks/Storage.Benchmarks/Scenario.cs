namespace JobForge.Storage.Benchmarks;

/// <summary>One measured operation, done through the official Azure SDK client and as raw HTTP. Arguments: worker index, iteration.</summary>
internal sealed record Scenario(
    string Name,
    int Concurrency,
    int ItemsPerOperation,
    Func<int, long, Task> Sdk,
    Func<int, long, Task> Raw);
