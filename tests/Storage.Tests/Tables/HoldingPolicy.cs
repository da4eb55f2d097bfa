using Azure.Core;
using Azure.Core.Pipeline;

namespace JobForge.Storage.Tests.Tables;

/// <summary>Holds every storage request until <see cref="Release"/>, telling when the first one arrived: a test stages a busy store exactly.</summary>
internal sealed class HoldingPolicy : HttpPipelinePolicy
{
    private readonly TaskCompletionSource _released = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public TaskCompletionSource FirstArrived { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public void Release() => _released.TrySetResult();

    public override async ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        FirstArrived.TrySetResult();
        await _released.Task.ConfigureAwait(false);
        await ProcessNextAsync(message, pipeline).ConfigureAwait(false);
    }

    public override void Process(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        FirstArrived.TrySetResult();
        _released.Task.GetAwaiter().GetResult();
        ProcessNext(message, pipeline);
    }
}
