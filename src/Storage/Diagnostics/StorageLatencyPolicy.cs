using Azure.Core;
using Azure.Core.Pipeline;

namespace JobForge.Storage.Diagnostics;

/// <summary>
/// Reports each table request attempt's latency to a <see cref="StorageLatencyMonitor"/>, from sending to its answer,
/// failure or time-out. Added per retry (<see cref="HttpPipelinePosition.PerRetry"/>), so each attempt counts alone.
/// </summary>
public sealed class StorageLatencyPolicy(StorageLatencyMonitor monitor) : HttpPipelinePolicy
{
    /// <inheritdoc />
    public override void Process(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        var token = monitor.Sending();
        try
        {
            ProcessNext(message, pipeline);
        }
        finally
        {
            monitor.Answered(token);
        }
    }

    /// <inheritdoc />
    public override async ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        var token = monitor.Sending();
        try
        {
            await ProcessNextAsync(message, pipeline).ConfigureAwait(false);
        }
        finally
        {
            monitor.Answered(token);
        }
    }
}
