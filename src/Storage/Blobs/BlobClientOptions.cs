using Azure.Core;
using JobForge.Storage.Pipeline;

namespace JobForge.Storage.Blobs;

/// <summary>Options for the Blob service clients: retries, diagnostics and the REST version they speak.</summary>
public sealed class BlobClientOptions : ClientOptions
{
    /// <summary>The Blob service REST versions this client can speak (sent as <c>x-ms-version</c>).</summary>
    public enum ServiceVersion
    {
        /// <summary>2025-11-05. Served by Azure and by Azurite 3.37.</summary>
        V2025_11_05 = 1,
    }

    /// <summary>The newest version this client speaks.</summary>
    public const ServiceVersion LatestVersion = ServiceVersion.V2025_11_05;

    /// <summary>Creates options for <paramref name="version"/>, logging only allow-listed headers.</summary>
    public BlobClientOptions(ServiceVersion version = LatestVersion)
    {
        Version = version;
        StorageClientDiagnostics.Apply(Diagnostics);
        Transport = StorageHttpTransport.Shared;
    }

    /// <summary>The REST version sent as <c>x-ms-version</c>.</summary>
    public ServiceVersion Version { get; }

    /// <summary>The clock that stamps <c>x-ms-date</c> on signed requests.</summary>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

    internal string VersionString => Version switch
    {
        ServiceVersion.V2025_11_05 => "2025-11-05",
        _ => throw new ArgumentOutOfRangeException(nameof(Version), Version, "Unknown Blob service version."),
    };
}
