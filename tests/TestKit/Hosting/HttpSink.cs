using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace JobForge.TestKit.Hosting;

/// <summary>
/// A module stand-in on a real Kestrel at 127.0.0.1:0 that records every call by path and Idempotency-Key. Paths:
/// <c>/ok/{name}</c> 200 <c>{"ok":true,"name":…}</c>; <c>/flaky/{name}</c> 503 on the first call of each idempotency
/// key's step, then 200; <c>/missing/{name}</c> 404; <c>/pause/{name}</c> answers after 200 ms; <c>/slow/{name}</c> waits until released (see <see cref="Release"/>).
/// </summary>
public sealed class HttpSink : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, int> _byStep = new(StringComparer.Ordinal);
    private readonly TaskCompletionSource _released = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private HttpSink(WebApplication app, string baseUrl)
    {
        _app = app;
        BaseUrl = baseUrl;
    }

    /// <summary>The sink's base URL, e.g. <c>http://127.0.0.1:53211</c>.</summary>
    public string BaseUrl { get; }

    /// <summary>Every call: (path, idempotency key).</summary>
    public ConcurrentQueue<(string Path, string? IdempotencyKey)> Calls { get; } = new();

    /// <summary>Every call with the instant it arrived (UTC).</summary>
    public ConcurrentQueue<(DateTimeOffset At, string? IdempotencyKey)> Arrivals { get; } = new();

    /// <summary>Calls whose path starts with <paramref name="prefix"/>.</summary>
    public IReadOnlyList<(string Path, string? IdempotencyKey)> CallsTo(string prefix) =>
        Calls.Where(call => call.Path.StartsWith(prefix, StringComparison.Ordinal)).ToList();

    /// <summary>Lets every waiting <c>/slow</c> call answer.</summary>
    public void Release() => _released.TrySetResult();

    public static async Task<HttpSink> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        HttpSink? sink = null;
        app.Run(async context =>
        {
            var path = context.Request.Path.Value ?? "/";
            var key = context.Request.Headers["Idempotency-Key"].ToString();
            sink!.Calls.Enqueue((path, key.Length == 0 ? null : key));
            sink.Arrivals.Enqueue((DateTimeOffset.UtcNow, key.Length == 0 ? null : key));
            var name = path.Split('/', StringSplitOptions.RemoveEmptyEntries).LastOrDefault() ?? "";
            if (path.StartsWith("/flaky/", StringComparison.Ordinal))
            {
                var stepKey = key.Length > 0 ? key[..key.LastIndexOf(':')] : path;
                if (sink._byStep.AddOrUpdate(stepKey, 1, (_, n) => n + 1) == 1)
                {
                    context.Response.StatusCode = 503;
                    return;
                }
            }
            else if (path.StartsWith("/missing/", StringComparison.Ordinal))
            {
                context.Response.StatusCode = 404;
                return;
            }
            else if (path.StartsWith("/pause/", StringComparison.Ordinal))
            {
                await Task.Delay(200, context.RequestAborted);
            }
            else if (path.StartsWith("/slow/", StringComparison.Ordinal))
            {
                await sink._released.Task.WaitAsync(context.RequestAborted);
            }

            await context.Response.WriteAsJsonAsync(new { ok = true, name });
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        sink = new HttpSink(app, address.Replace("localhost", "127.0.0.1", StringComparison.Ordinal));
        return sink;
    }

    public async ValueTask DisposeAsync()
    {
        Release();
        await _app.DisposeAsync();
    }
}
