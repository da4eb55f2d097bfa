using System.Diagnostics;
using Azure.Core;
using Azure.Core.Pipeline;
using Microsoft.Extensions.Logging;

namespace JobForge.Storage.Diagnostics;

/// <summary>
/// Logs each storage request attempt at Debug: method, host and path (never the query, so no SAS <c>sig</c>), status,
/// duration and the allow-listed correlation headers <c>x-ms-request-id</c> and <c>x-ms-client-request-id</c>. No other
/// header (never <c>Authorization</c>) and no body is read. Added per retry, so each attempt is one line.
/// </summary>
public sealed class StorageHttpLoggingPolicy(ILogger logger) : HttpPipelinePolicy
{
    /// <inheritdoc />
    public override void Process(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        if (!logger.IsEnabled(LogLevel.Debug))
        {
            ProcessNext(message, pipeline);
            return;
        }

        var started = Stopwatch.GetTimestamp();
        ProcessNext(message, pipeline);
        Write(message, started);
    }

    /// <inheritdoc />
    public override async ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        if (!logger.IsEnabled(LogLevel.Debug))
        {
            await ProcessNextAsync(message, pipeline).ConfigureAwait(false);
            return;
        }

        var started = Stopwatch.GetTimestamp();
        await ProcessNextAsync(message, pipeline).ConfigureAwait(false);
        Write(message, started);
    }

    private void Write(HttpMessage message, long started)
    {
        var request = message.Request;
        var uri = request.Uri;
        var response = message.HasResponse ? message.Response : null;
        request.Headers.TryGetValue("x-ms-client-request-id", out var clientRequestId);
        string? requestId = null;
        response?.Headers.TryGetValue("x-ms-request-id", out requestId);
        Log.StorageRequest(
            logger,
            request.Method.Method,
            uri.Host ?? string.Empty,
            uri.Path,
            response?.Status ?? 0,
            (long)Stopwatch.GetElapsedTime(started).TotalMilliseconds,
            requestId,
            clientRequestId);
    }
}
