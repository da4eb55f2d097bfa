using Azure.Core.Pipeline;

namespace JobForge.Storage.Configuration;

/// <summary>
/// The transport the storage clients share: one <see cref="SocketsHttpHandler"/> with pooled connections recycled
/// every 5 minutes (so DNS changes are seen), no cookies and no automatic redirects (Azure.Core's redirect policy
/// decides). Measured with the storage benchmark: Azure.Core's default shared transport cost about 10% of
/// single-connection table insert throughput against Azurite.
/// </summary>
public static class StorageTransport
{
    /// <summary>The shared transport.</summary>
    public static HttpClientTransport Shared { get; } = new(new SocketsHttpHandler
    {
        PooledConnectionLifetime = TimeSpan.FromMinutes(5),
        PooledConnectionIdleTimeout = TimeSpan.FromSeconds(90),
        UseCookies = false,
        AllowAutoRedirect = false,
        AutomaticDecompression = System.Net.DecompressionMethods.None,
        ConnectTimeout = TimeSpan.FromSeconds(15),
    });
}
