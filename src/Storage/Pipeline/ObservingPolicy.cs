using Azure.Core;
using Azure.Core.Pipeline;
using JobForge.Storage.Diagnostics;

namespace JobForge.Storage.Pipeline;

/// <summary>Tells an <see cref="IStorageRequestObserver"/> about each attempt (a per-retry policy).</summary>
internal sealed class ObservingPolicy(IStorageRequestObserver observer) : HttpPipelineSynchronousPolicy
{
    public override void OnSendingRequest(HttpMessage message) =>
        observer.OnRequest(message.Request.Method.Method, message.Request.Uri.ToUri());
}
