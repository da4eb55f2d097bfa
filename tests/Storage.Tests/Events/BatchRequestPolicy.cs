using Azure.Core;
using Azure.Core.Pipeline;

namespace JobForge.Storage.Tests.Events;

/// <summary>Counts <c>$batch</c> requests and, when armed, holds the next one until released (to queue appends behind it).</summary>
internal sealed class BatchRequestPolicy : HttpPipelinePolicy
{
    private readonly object _gate = new();
    private TaskCompletionSource? _hold;
    private TaskCompletionSource? _entered;
    private int _batches;

    public int Batches => Volatile.Read(ref _batches);

    /// <summary>Holds the next batch request; the returned task completes when it has arrived.</summary>
    public Task HoldNext(TaskCompletionSource release)
    {
        lock (_gate)
        {
            _hold = release;
            _entered = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            return _entered.Task;
        }
    }

    public override async ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        await HoldIfBatchAsync(message).ConfigureAwait(false);
        await ProcessNextAsync(message, pipeline).ConfigureAwait(false);
    }

    public override void Process(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        HoldIfBatchAsync(message).AsTask().GetAwaiter().GetResult();
        ProcessNext(message, pipeline);
    }

    private async ValueTask HoldIfBatchAsync(HttpMessage message)
    {
        if (!message.Request.Uri.Path.EndsWith("/$batch", StringComparison.Ordinal))
        {
            return;
        }

        Interlocked.Increment(ref _batches);
        TaskCompletionSource? hold;
        lock (_gate)
        {
            hold = _hold;
            _hold = null;
            _entered?.TrySetResult();
            _entered = null;
        }

        if (hold is not null)
        {
            await hold.Task.ConfigureAwait(false);
        }
    }
}
