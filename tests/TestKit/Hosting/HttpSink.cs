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
/// A module stand-in on a real Kestrel at 127.0.0.1:0 that records every request (method, path, headers, body, arrival)
/// and answers with <see cref="Respond"/>. The default answer goes by path: <c>/ok/{name}</c> 200
/// <c>{"ok":true,"name":…}</c>; <c>/flaky/{name}</c> 503 on the first call of each step's idempotency key, then 200;
/// <c>/missing/{name}</c> 404; <c>/pause/{name}</c> answers after 200 ms; <c>/slow/{name}</c> waits until released (see
/// <see cref="Release"/>).
/// </summary>
public sealed class HttpSink : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, int> _byStep = new(StringComparer.Ordinal);
    private readonly TaskCompletionSource _released = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private HttpSink(WebApplication app, Uri address)
    {
        _app = app;
        Address = address;
        Respond = ByPathAsync;
    }

    /// <summary>The sink's address, e.g. <c>http://127.0.0.1:53211/</c>.</summary>
    public Uri Address { get; }

    /// <summary>The address without the trailing slash, to prefix paths in templates.</summary>
    public string BaseUrl => Address.GetLeftPart(UriPartial.Authority);

    /// <summary>Every request, in arrival order.</summary>
    public ConcurrentQueue<SinkRequest> Requests { get; } = new();

    /// <summary>How the sink answers (default: by path, see the type's summary).</summary>
    public Func<HttpContext, Task> Respond { get; set; }

    /// <summary>Every request as (path, idempotency key), in arrival order.</summary>
    public IReadOnlyList<(string Path, string? IdempotencyKey)> Calls => Requests.Select(r => (r.Path, r.IdempotencyKey)).ToList();

    /// <summary>The requests whose path starts with <paramref name="prefix"/>.</summary>
    public IReadOnlyList<(string Path, string? IdempotencyKey)> CallsTo(string prefix) =>
        Calls.Where(call => call.Path.StartsWith(prefix, StringComparison.Ordinal)).ToList();

    /// <summary>An absolute URL on the sink.</summary>
    public Uri Url(string path) => new(Address, path);

    /// <summary>Lets every waiting <c>/slow</c> call answer.</summary>
    public void Release() => _released.TrySetResult();

    /// <summary>Starts a sink on a free loopback port.</summary>
    public static async Task<HttpSink> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        HttpSink? sink = null;
        app.Run(async context =>
        {
            using var buffer = new MemoryStream();
            await context.Request.Body.CopyToAsync(buffer, context.RequestAborted);
            sink!.Requests.Enqueue(new SinkRequest(
                context.Request.Method,
                context.Request.Path + context.Request.QueryString,
                context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase),
                buffer.ToArray(),
                DateTimeOffset.UtcNow));
            await sink.Respond(context);
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        sink = new HttpSink(app, new Uri(address.Replace("localhost", "127.0.0.1", StringComparison.Ordinal)));
        return sink;
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        Release();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task ByPathAsync(HttpContext context)
    {
        var path = context.Request.Path.Value ?? "/";
        var key = context.Request.Headers["Idempotency-Key"].ToString();
        var name = path.Split('/', StringSplitOptions.RemoveEmptyEntries).LastOrDefault() ?? "";
        if (path.StartsWith("/flaky/", StringComparison.Ordinal))
        {
            var stepKey = key.Length > 0 ? key[..key.LastIndexOf(':')] : path;
            if (_byStep.AddOrUpdate(stepKey, 1, (_, n) => n + 1) == 1)
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
            await _released.Task.WaitAsync(context.RequestAborted);
        }

        await context.Response.WriteAsJsonAsync(new { ok = true, name });
    }
}
