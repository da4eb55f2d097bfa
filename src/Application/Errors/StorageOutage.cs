using System.Net.Sockets;
using Azure;

namespace JobForge.Application.Errors;

/// <summary>
/// Tells a storage outage (the account or emulator cannot be reached, times out, or answers 5xx/408/429 after the SDK's
/// retries) from a bug, so that the API answers 503 <c>dependency_unavailable</c> with <c>Retry-After</c> instead of
/// 500 <c>internal</c>. A storage answer about the data itself (404, 409, 412, 400) is never an outage.
/// </summary>
public static class StorageOutage
{
    /// <summary>The <c>Retry-After</c> seconds a client is asked to wait while storage is unavailable.</summary>
    public const int RetryAfterSeconds = 5;

    /// <summary>The message of the 503 envelope.</summary>
    public const string Message = "Storage is unavailable right now; retry shortly.";

    /// <summary>
    /// True when <paramref name="exception"/> (or, for an <see cref="AggregateException"/> from the SDK's retry policy,
    /// every inner exception; for a cancellation, its cause) means storage could not be reached or did not answer in time.
    /// </summary>
    public static bool Is(Exception? exception) => exception switch
    {
        null => false,
        RequestFailedException failed => failed.Status is 0 or 408 or 429 or >= 500,
        AggregateException aggregate => aggregate.InnerExceptions.Count > 0 && aggregate.InnerExceptions.All(Is),
        HttpRequestException or SocketException or TimeoutException => true,
        // The SDK's network timeout and HttpClient's connect timeout surface as a cancellation caused by a TimeoutException
        // (the caller's own cancellation has no such cause, and is never an outage).
        OperationCanceledException canceled => canceled.InnerException is { } cause && Is(cause),
        IOException io => io.InnerException is SocketException || Is(io.InnerException),
        _ => false,
    };

    /// <summary>Writes the 503 <c>dependency_unavailable</c> envelope with <c>Retry-After</c> to <paramref name="context"/>.</summary>
    public static Task WriteAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        context.Response.Headers.RetryAfter = RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return context.Response.WriteAsJsonAsync(ErrorResults.Create(
            context, Domain.Errors.ErrorType.DependencyUnavailable, Message, new { retry_after_seconds = RetryAfterSeconds }));
    }
}
