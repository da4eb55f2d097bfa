namespace JobForge.Storage.Diagnostics;

/// <summary>
/// Sees every storage request attempt (retries included) of the clients registered by
/// <see cref="Configuration.StorageServiceCollectionExtensions.AddJobForgeStorage"/>: the service host and the method,
/// never headers or bodies. Used by benchmarks and idle-cost tests to count requests. Implementations must be cheap and
/// thread-safe. Register one as a singleton before the clients are first resolved.
/// </summary>
public interface IStorageRequestObserver
{
    /// <summary>One request attempt is being sent.</summary>
    void OnRequest(string method, Uri uri);
}
