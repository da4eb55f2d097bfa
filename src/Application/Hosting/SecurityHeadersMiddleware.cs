namespace JobForge.Application.Hosting;

/// <summary>
/// Security headers on every response, error envelopes included (set as the response starts):
/// <c>X-Content-Type-Options: nosniff</c>; <c>X-Frame-Options: DENY</c> and <c>Content-Security-Policy:
/// frame-ancestors 'none'</c> (nothing the server answers is meant to be framed); <c>Cache-Control: no-store</c> on
/// every <c>/api</c> response that does not set its own (they carry per-caller data: minted policy tokens, new API keys,
/// decrypted PII, artifacts); and <c>Strict-Transport-Security</c> when the request came over HTTPS (the server
/// terminates TLS itself).
/// </summary>
public sealed class SecurityHeadersMiddleware(RequestDelegate next)
{
    /// <summary>The HSTS value: one year, subdomains included.</summary>
    public const string StrictTransportSecurity = "max-age=31536000; includeSubDomains";

    /// <summary>Runs the middleware.</summary>
    public Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Response.OnStarting(static state =>
        {
            Apply((HttpContext)state);
            return Task.CompletedTask;
        }, context);
        return next(context);
    }

    internal static void Apply(HttpContext context)
    {
        var headers = context.Response.Headers;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        if (!headers.ContainsKey("Content-Security-Policy"))
        {
            headers.ContentSecurityPolicy = "frame-ancestors 'none'";
        }

        if (context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase) && !headers.ContainsKey("Cache-Control"))
        {
            headers.CacheControl = "no-store";
        }

        if (context.Request.IsHttps)
        {
            headers.StrictTransportSecurity = StrictTransportSecurity;
        }
    }
}
