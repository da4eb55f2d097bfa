using Azure.Core;
using Azure.Core.Pipeline;

namespace JobForge.Storage.Tests.Tables;

/// <summary>
/// Once armed, lets the next entity insert or entity group transaction (a POST other than a table creation) reach the
/// service, then loses its answer (a retriable IOException), as a network timeout does: Azure.Core retries it.
/// </summary>
internal sealed class LostAnswerPolicy : HttpPipelinePolicy
{
    private int _armed;

    public bool Fired { get; private set; }

    public void Arm() => Volatile.Write(ref _armed, 1);

    public override void Process(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline) =>
        ProcessAsync(message, pipeline).AsTask().GetAwaiter().GetResult();

    public override async ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        await ProcessNextAsync(message, pipeline).ConfigureAwait(false);
        if (message.Request.Method == RequestMethod.Post && !message.Request.Uri.Path.EndsWith("/Tables", StringComparison.Ordinal)
            && Interlocked.Exchange(ref _armed, 0) == 1)
        {
            Fired = true;
            throw new IOException("The answer was lost on the way back.");
        }
    }
}
