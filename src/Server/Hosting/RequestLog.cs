using System.Diagnostics;

namespace JobForge.Server.Hosting;

/// <summary>
/// One log line per HTTP request under the category <see cref="Category"/> (<c>JobForge.Requests</c>), configured like
/// any other with <c>Logging:LogLevel:JobForge.Requests</c> (Information: every request; off by default in
/// appsettings.json). It replaces ASP.NET Core's "Request starting/finished" lines, which stay forced off because they
/// print the raw query string: here the query goes through <see cref="RequestLogQuery.Redact"/> (parameter names kept,
/// values shown only for a few harmless parameters), so a credential a client put in the URL is never logged.
/// </summary>
public sealed class RequestLog(RequestDelegate next, ILoggerFactory loggers)
{
    /// <summary>The log category of the request lines.</summary>
    public const string Category = "JobForge.Requests";

    private readonly ILogger _logger = loggers.CreateLogger(Category);

    /// <summary>Runs the rest of the pipeline and logs the request with its status and duration.</summary>
    public async Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!_logger.IsEnabled(LogLevel.Information))
        {
            await next(context);
            return;
        }

        var started = Stopwatch.GetTimestamp();
        var status = StatusCodes.Status500InternalServerError;
        try
        {
            await next(context);
            status = context.Response.StatusCode;
        }
        finally
        {
            var request = context.Request;
            ServerLog.RequestFinished(_logger, request.Method, request.PathBase + request.Path, RequestLogQuery.Redact(request.Query), status,
                Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }
    }
}
