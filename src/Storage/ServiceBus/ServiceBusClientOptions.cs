using Azure.Core;
using JobForge.Storage.Pipeline;

namespace JobForge.Storage.ServiceBus;

/// <summary>
/// Options for <see cref="ServiceBusSender"/>: retries (Azure.Core retries 408, 429 and 5xx), allow-listed diagnostics,
/// the clock and lifetime of shared access signatures, and the client-side size limits.
/// </summary>
/// <remarks>
/// Unlike the storage options there is no service-version enum: the Service Bus message REST operations take no
/// <c>api-version</c> (https://learn.microsoft.com/rest/api/servicebus/message-headers-and-properties), so there is
/// nothing to pin.
/// </remarks>
public sealed class ServiceBusClientOptions : ClientOptions
{
    /// <summary>256 KiB: the Standard tier's maximum message and batch size.</summary>
    public const int StandardTierMaxSizeInBytes = 256 * 1024;

    /// <summary>Creates options that log only allow-listed headers (never <c>Authorization</c> or SAS values).</summary>
    public ServiceBusClientOptions() => StorageClientDiagnostics.Apply(Diagnostics);

    /// <summary>The clock that dates shared access signatures and decides when to renew them.</summary>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

    /// <summary>How long a shared access signature this client issues is valid. Default one hour.</summary>
    public TimeSpan SharedAccessSignatureLifetime { get; set; } = TimeSpan.FromHours(1);

    /// <summary>A cached signature is renewed once less than this is left of it. Default five minutes.</summary>
    public TimeSpan SharedAccessSignatureRefreshMargin { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// The largest single send (body plus <c>BrokerProperties</c> and property headers), checked before sending.
    /// Default 256 KiB (Standard tier); raise it for Premium.
    /// </summary>
    public int MaxMessageSizeInBytes { get; set; } = StandardTierMaxSizeInBytes;

    /// <summary>
    /// The largest batch request body (the serialized JSON array). Larger batches are split into several requests.
    /// Default 256 KiB (Standard tier); Premium accepts 1 MiB.
    /// </summary>
    public int MaxBatchSizeInBytes { get; set; } = StandardTierMaxSizeInBytes;

    /// <summary>The most messages in one batch request; longer lists are split. Default 100.</summary>
    public int MaxMessagesPerBatch { get; set; } = 100;

    /// <summary>Rejects inconsistent values.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A value is out of range.</exception>
    internal void Validate()
    {
        ArgumentNullException.ThrowIfNull(TimeProvider);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(SharedAccessSignatureRefreshMargin, TimeSpan.Zero);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(SharedAccessSignatureLifetime, SharedAccessSignatureRefreshMargin);
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxMessageSizeInBytes, 1024);
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxBatchSizeInBytes, 1024);
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxMessagesPerBatch, 1);
    }
}
