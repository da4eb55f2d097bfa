namespace JobForge.Server.Hosting;

/// <summary>The self-hosted server's own log events (API block, ids 510–519).</summary>
internal static partial class ServerLog
{
    [LoggerMessage(EventId = 510, Level = LogLevel.Information, Message = "HTTP {Method} {Path}{Query} answered {StatusCode} in {ElapsedMilliseconds:0.0} ms")]
    public static partial void RequestFinished(ILogger logger, string method, string path, string query, int statusCode, double elapsedMilliseconds);
}
