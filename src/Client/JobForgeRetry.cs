using System.Net;
using Microsoft.Extensions.Http.Resilience;
using Polly;

namespace JobForge.Client;

/// <summary>
/// The client's only retry rule: 429 and 503 (the server refused before doing the work) are retried, honouring
/// <c>Retry-After</c>; every other answer, 4xx above all, is returned at once.
/// </summary>
public static class JobForgeRetry
{
    /// <summary>The retry strategy for <paramref name="options"/>.</summary>
    public static HttpRetryStrategyOptions Strategy(JobForgeClientOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new HttpRetryStrategyOptions
        {
            MaxRetryAttempts = Math.Max(1, options.MaxRetries),
            Delay = options.RetryDelay,
            BackoffType = DelayBackoffType.Exponential,
            UseJitter = true,
            ShouldRetryAfterHeader = true,
            ShouldHandle = args => ValueTask.FromResult(options.MaxRetries > 0 && IsRetried(args.Outcome.Result?.StatusCode)),
        };
    }

    /// <summary>Whether an answer with <paramref name="status"/> is retried.</summary>
    public static bool IsRetried(HttpStatusCode? status) => status is HttpStatusCode.TooManyRequests or HttpStatusCode.ServiceUnavailable;

    /// <summary>A handler that retries as <see cref="Strategy"/> says, for clients built without DI.</summary>
    public static DelegatingHandler Handler(JobForgeClientOptions options, HttpMessageHandler inner) =>
        new ResilienceHandler(new ResiliencePipelineBuilder<HttpResponseMessage>().AddRetry(Strategy(options)).Build()) { InnerHandler = inner };
}
