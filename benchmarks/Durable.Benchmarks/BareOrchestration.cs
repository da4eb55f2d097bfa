using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.DurableTask;

namespace JobForge.Durable.Benchmarks;

/// <summary>The baseline: an orchestration that calls a no-op activity three times in sequence.</summary>
internal sealed class BareOrchestration : TaskOrchestrator<string, int>
{
    public const string Name = "BenchBareThreeActivities";

    public override async Task<int> RunAsync(TaskOrchestrationContext context, string input)
    {
        var total = 0;
        for (var step = 1; step <= 3; step++)
        {
            total += await context.CallActivityAsync<int>(NoopActivity.Name, new NoopInput(input, step));
        }

        return total;
    }
}

/// <summary>The baseline's activity input.</summary>
internal sealed record NoopInput(string Instance, int Step);

/// <summary>A no-op activity; the third call of an instance notes its finish.</summary>
internal sealed class NoopActivity(ConcurrentDictionary<string, long> finished) : TaskActivity<NoopInput, int>
{
    public const string Name = "BenchNoop";

    public override Task<int> RunAsync(TaskActivityContext context, NoopInput input)
    {
        if (input.Step == 3)
        {
            finished.TryAdd(input.Instance, Stopwatch.GetTimestamp());
        }

        return Task.FromResult(input.Step);
    }
}
