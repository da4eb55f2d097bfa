using Azure.Core;
using Azure.Core.Pipeline;

namespace JobForge.Storage.Tests.Audit;

/// <summary>Counts the requests a client sends, by kind, so tests can see group commit.</summary>
internal sealed class CountingPolicy : HttpPipelineSynchronousPolicy
{
    private int _batches;
    private int _singleAdds;

    public int Batches => Volatile.Read(ref _batches);

    public int SingleAdds => Volatile.Read(ref _singleAdds);

    public override void OnSendingRequest(HttpMessage message)
    {
        var path = message.Request.Uri.Path;
        if (path.EndsWith("/$batch", StringComparison.Ordinal))
        {
            Interlocked.Increment(ref _batches);
        }
        else if (message.Request.Method == RequestMethod.Post && !path.EndsWith("/Tables", StringComparison.Ordinal))
        {
            Interlocked.Increment(ref _singleAdds);
        }
    }
}
