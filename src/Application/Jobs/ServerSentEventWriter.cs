using System.Text;
using Microsoft.AspNetCore.Http.Features;

namespace JobForge.Application.Jobs;

/// <summary>
/// Writes a <c>text/event-stream</c> response: unbuffered, flushed after every event, with a heartbeat comment line
/// whenever the stream has been silent for the heartbeat interval (so proxies keep it open).
/// </summary>
internal sealed class ServerSentEventWriter(HttpResponse response, TimeProvider time, TimeSpan heartbeat)
{
    private long _lastWrite = time.GetTimestamp();

    /// <summary>Sends the headers (and a reconnect hint), so the client sees the stream open before the first event.</summary>
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = "text/event-stream; charset=utf-8";
        response.Headers.CacheControl = "no-cache, no-store";
        response.Headers["X-Accel-Buffering"] = "no";
        response.HttpContext.Features.Get<IHttpResponseBodyFeature>()?.DisableBuffering();
        await WriteAsync("retry: 1000\n\n", cancellationToken);
    }

    /// <summary>One event: <c>id</c>, <c>event</c> and a one-line JSON <c>data</c>.</summary>
    public Task EventAsync(string id, string name, string json, CancellationToken cancellationToken) =>
        WriteAsync($"id: {id}\nevent: {name}\ndata: {json}\n\n", cancellationToken);

    /// <summary>A heartbeat comment when nothing was written for the heartbeat interval.</summary>
    public Task HeartbeatIfDueAsync(CancellationToken cancellationToken) =>
        time.GetElapsedTime(_lastWrite) >= heartbeat ? WriteAsync(": heartbeat\n\n", cancellationToken) : Task.CompletedTask;

    private async Task WriteAsync(string text, CancellationToken cancellationToken)
    {
        await response.Body.WriteAsync(Encoding.UTF8.GetBytes(text), cancellationToken);
        await response.Body.FlushAsync(cancellationToken);
        _lastWrite = time.GetTimestamp();
    }
}
