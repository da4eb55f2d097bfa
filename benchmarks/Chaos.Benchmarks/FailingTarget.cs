using System.Collections.Concurrent;
using Microsoft.AspNetCore.Http;

namespace JobForge.Chaos.Benchmarks;

/// <summary>
/// How the sink misbehaves for the slow-dependency scenario, by path: <c>/hang/…</c> never answers (until the caller
/// gives up), <c>/slowly/…</c> answers after 1.5 s, <c>/reset/…</c> drops the connection on a step's first attempt,
/// <c>/r429/…</c> and <c>/r503/…</c> answer 429 or 503 with <c>Retry-After: 3</c> on the first attempt; everything
/// else (and every later attempt) answers 200 at once.
/// </summary>
internal sealed class FailingTarget
{
    public const int RetryAfterSeconds = 3;

    private readonly ConcurrentDictionary<string, int> _attempts = new(StringComparer.Ordinal);

    public async Task RespondAsync(HttpContext context)
    {
        var path = context.Request.Path.Value ?? "/";
        var key = context.Request.Headers["Idempotency-Key"].ToString();
        var step = key.Length > 0 ? key[..key.LastIndexOf(':')] : path;
        var attempt = _attempts.AddOrUpdate(step, 1, (_, n) => n + 1);
        switch (path.Split('/', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault())
        {
            case "hang":
                try
                {
                    await Task.Delay(Timeout.Infinite, context.RequestAborted);
                }
                catch (OperationCanceledException)
                {
                }

                return;
            case "slowly":
                await Task.Delay(1500, context.RequestAborted);
                break;
            case "reset" when attempt == 1:
                context.Abort();
                return;
            case "r429" or "r503" when attempt == 1:
                context.Response.StatusCode = path.StartsWith("/r429", StringComparison.Ordinal) ? 429 : 503;
                context.Response.Headers.RetryAfter = RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
                return;
        }

        await context.Response.WriteAsJsonAsync(new { ok = true });
    }
}
