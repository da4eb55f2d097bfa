using JobForge.Domain.Runs;

namespace JobForge.Application.Jobs;

/// <summary>Run ids: <c>run_</c> plus a time-ordered UUID v7 (hex) from the injected clock.</summary>
public sealed class RandomRunIdSource(TimeProvider time) : IRunIdSource
{
    /// <inheritdoc />
    public string NewRunId() => RunId.Prefix + Guid.CreateVersion7(time.GetUtcNow()).ToString("N");
}
