using Azure.Core;
using Azure.Core.Pipeline;

namespace JobForge.Storage.Tests.Tables;

/// <summary>
/// Once armed, lets the next entity write with one of the given methods (by default POST: an insert or an entity group
/// transaction; never a table creation) reach the service, then loses its answer (a retriable IOException), as a network
/// timeout does: Azure.Core retries it.
/// </summary>
internal sealed class LostAnswerPolicy(params RequestMethod[] methods) : HttpPipelinePolicy
{
    private readonly RequestMethod[] _methods = methods.Length == 0 ? [RequestMethod.Post] : methods;
    private int _armed;

    public bool Fired { get; private set; }

    /// <summary>The method whose answer was lost.</summary>
    public RequestMethod? LostMethod { get; private set; }

    public void Arm() => Volatile.Write(ref _armed, 1);

    public override void Process(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline) =>
        ProcessAsync(message, pipeline).AsTask().GetAwaiter().GetResult();

    public override async ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        await ProcessNextAsync(message, pipeline).ConfigureAwait(false);
        if (_methods.Contains(message.Request.Method) && !message.Request.Uri.Path.EndsWith("/Tables", StringComparison.Ordinal)
            && Interlocked.Exchange(ref _armed, 0) == 1)
        {
            Fired = true;
            LostMethod = message.Request.Method;
            throw new IOException("The answer was lost on the way back.");
        }
    }
}
