using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace JobForge.TestKit.Security;

/// <summary>A sink answer that sends secrets back (for <c>HttpSink.Respond</c>): what a leaky upstream does.</summary>
public static class EchoSink
{
    /// <summary><c>/fail…</c> answers 500 quoting the request's <c>X-Api-Token</c>; anything else 200 <c>{"echoed": Authorization, "ok": true}</c>.</summary>
    public static async Task RespondAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var headers = context.Request.Headers;
        if (context.Request.Path.StartsWithSegments("/fail"))
        {
            context.Response.StatusCode = 500;
            await context.Response.WriteAsync("upstream refused token " + headers["X-Api-Token"]);
            return;
        }

        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(JsonSerializer.Serialize(new { echoed = headers.Authorization.ToString(), ok = true }));
    }
}
