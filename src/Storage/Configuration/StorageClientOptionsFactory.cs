using Azure.Core;
using Azure.Core.Pipeline;
using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;

namespace JobForge.Storage.Configuration;

/// <summary>
/// Client options of the official Table, Blob and Queue clients as JobForge uses them: the shared transport, retries
/// from <c>JobForge:Storage:MaxRetries</c> and <c>…:NetworkTimeout</c>, allow-listed diagnostics, extra policies per
/// retry, and the Blob and Queue service version pinned to <see cref="BlobServiceVersion"/> (ADR 0002: the SDKs'
/// default 2026-10-06 is newer than Azurite 3.37 accepts).
/// </summary>
public static class StorageClientOptionsFactory
{
    /// <summary>The Blob service version every blob client sends.</summary>
    public const BlobClientOptions.ServiceVersion BlobServiceVersion = BlobClientOptions.ServiceVersion.V2025_11_05;

    /// <summary>The Queue service version every queue client sends.</summary>
    public const QueueClientOptions.ServiceVersion QueueServiceVersion = QueueClientOptions.ServiceVersion.V2025_11_05;

    private static readonly string[] LoggedHeaders =
    [
        "x-ms-request-id",
        "x-ms-client-request-id",
        "x-ms-return-client-request-id",
        "x-ms-version",
        "x-ms-error-code",
        "Content-Type",
        "Content-Length",
        "Date",
        "ETag",
        "Retry-After",
    ];

    /// <summary>Table client options.</summary>
    public static TableClientOptions Tables(StorageOptions options, params IEnumerable<HttpPipelinePolicy> policies) =>
        Configure(new TableClientOptions(), options, policies);

    /// <summary>Blob client options (service version pinned).</summary>
    public static BlobClientOptions Blobs(StorageOptions options, params IEnumerable<HttpPipelinePolicy> policies) =>
        Configure(new BlobClientOptions(BlobServiceVersion), options, policies);

    /// <summary>Queue client options (service version pinned, messages sent as plain text).</summary>
    public static QueueClientOptions Queues(StorageOptions options, params IEnumerable<HttpPipelinePolicy> policies) =>
        Configure(new QueueClientOptions(QueueServiceVersion) { MessageEncoding = QueueMessageEncoding.None }, options, policies);

    /// <summary>Applies transport, retries, diagnostics and <paramref name="policies"/> (per retry) to <paramref name="clientOptions"/>.</summary>
    public static T Configure<T>(T clientOptions, StorageOptions options, IEnumerable<HttpPipelinePolicy> policies)
        where T : ClientOptions
    {
        ArgumentNullException.ThrowIfNull(clientOptions);
        ArgumentNullException.ThrowIfNull(options);
        clientOptions.Transport = StorageTransport.Shared;
        clientOptions.Retry.MaxRetries = options.MaxRetries;
        clientOptions.Retry.NetworkTimeout = options.NetworkTimeout;
        clientOptions.Retry.Mode = RetryMode.Exponential;
        clientOptions.Retry.Delay = TimeSpan.FromMilliseconds(200);
        clientOptions.Retry.MaxDelay = TimeSpan.FromSeconds(10);

        var diagnostics = clientOptions.Diagnostics;
        diagnostics.LoggedHeaderNames.Clear();
        foreach (var header in LoggedHeaders)
        {
            diagnostics.LoggedHeaderNames.Add(header);
        }

        diagnostics.LoggedQueryParameters.Clear();
        diagnostics.IsLoggingContentEnabled = false;
        diagnostics.ApplicationId ??= "JobForge";

        foreach (var policy in policies)
        {
            clientOptions.AddPolicy(policy, HttpPipelinePosition.PerRetry);
        }

        return clientOptions;
    }
}
