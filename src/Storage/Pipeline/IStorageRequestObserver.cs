namespace JobForge.Storage.Pipeline;

/// <summary>
/// Sees every storage request attempt (retries included) of the clients built by <see cref="Configuration.StorageClients"/>:
/// the service host and the method, never headers or bodies. Used by benchmarks to count requests per operation.
/// Implementations must be cheap and thread-safe.
/// </summary>
public interface IStorageRequestObserver
{
    /// <summary>One request attempt is being sent.</summary>
    void OnRequest(string method, Uri uri);
}
