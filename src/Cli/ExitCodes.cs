using System.Net;

namespace JobForge.Cli;

/// <summary>
/// The process exit codes, one per class of outcome (documented in the README's CLI section; scripts may rely on them).
/// </summary>
internal static class ExitCodes
{
    /// <summary>The command did what was asked (for <c>jobs watch</c>: the run succeeded).</summary>
    public const int Success = 0;

    /// <summary>The call worked but the answer is negative: a run that did not succeed, a denied policy token, an unhealthy server, a replay that differs.</summary>
    public const int Negative = 1;

    /// <summary>The command line is wrong: unknown command or option, missing argument, unreadable or malformed input file.</summary>
    public const int Usage = 2;

    /// <summary>No usable configuration: no URL or API key, a malformed URL, an unknown profile.</summary>
    public const int Configuration = 3;

    /// <summary>The server refused the credentials or the scope (401, 403 including <c>feature_disabled</c>).</summary>
    public const int Unauthorized = 4;

    /// <summary>What was named does not exist (404).</summary>
    public const int NotFound = 5;

    /// <summary>The server rejected the request (400, 409, 413, 415 and other 4xx: <c>validation_failed</c>, <c>conflict</c>, …).</summary>
    public const int Rejected = 6;

    /// <summary>The server is rate limiting or unavailable (429, 503) after the client's retries.</summary>
    public const int Unavailable = 7;

    /// <summary>The server failed (other 5xx) or answered something the client cannot read.</summary>
    public const int ServerError = 8;

    /// <summary>The server could not be reached (connection refused, DNS, TLS, timeout).</summary>
    public const int Unreachable = 9;

    /// <summary>Interrupted (Ctrl+C).</summary>
    public const int Interrupted = 130;

    /// <summary>The exit code for an API error with <paramref name="status"/>.</summary>
    public static int ForStatus(HttpStatusCode status) => (int)status switch
    {
        401 or 403 => Unauthorized,
        404 => NotFound,
        429 or 503 => Unavailable,
        >= 400 and < 500 => Rejected,
        _ => ServerError,
    };
}
