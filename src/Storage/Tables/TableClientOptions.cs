using Azure.Core;
using JobForge.Storage.Pipeline;

namespace JobForge.Storage.Tables;

/// <summary>Options for the Table service clients: retries, diagnostics and the REST version they speak.</summary>
public sealed class TableClientOptions : ClientOptions
{
    /// <summary>The Table service REST versions this client can speak (sent as <c>x-ms-version</c>).</summary>
    public enum ServiceVersion
    {
        /// <summary>2019-02-02. The Table service's newest REST version; Azure Tables has had no newer one.</summary>
        V2019_02_02 = 1,
    }

    /// <summary>The newest version this client speaks.</summary>
    public const ServiceVersion LatestVersion = ServiceVersion.V2019_02_02;

    /// <summary>Creates options for <paramref name="version"/>, logging only allow-listed headers.</summary>
    public TableClientOptions(ServiceVersion version = LatestVersion)
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
        ServiceVersion.V2019_02_02 => "2019-02-02",
        _ => throw new ArgumentOutOfRangeException(nameof(Version), Version, "Unknown Table service version."),
    };
}
