using Azure.Core;
using Azure.Core.Pipeline;

namespace JobForge.Storage.Diagnostics;

/// <summary>
/// Tells an <see cref="IStorageRequestObserver"/> about each attempt. Added per retry
/// (<see cref="HttpPipelinePosition.PerRetry"/>), so a retried request is counted once per attempt.
/// </summary>
public sealed class StorageRequestObserverPolicy(IStorageRequestObserver observer) : HttpPipelineSynchronousPolicy
{
    /// <inheritdoc />
    public override void OnSendingRequest(HttpMessage message) =>
        observer.OnRequest(message.Request.Method.Method, message.Request.Uri.ToUri());
}
