using System.Text;
using JobForge.Domain.Steps;
using JobForge.Application.Steps.Handlers.Http;
using JobForge.TestKit.Hosting;
using Microsoft.AspNetCore.Http;

namespace JobForge.Server.Tests.Steps;

public sealed class HttpStepHandlerTests
{
    [Fact]
    public async Task Run_PostToSink_SignsSendsIdempotencyKeyAndMapsTheAnswer()
    {
        await using var sink = await HttpSink.StartAsync();
        sink.Respond = async context =>
        {
            context.Response.StatusCode = 201;
            context.Response.Headers.ETag = "\"v1\"";
            context.Response.Headers["X-Internal"] = "not copied";
            await context.Response.WriteAsJsonAsync(new { id = 42 });
        };
        using var fixture = new HttpStepFixture();

        var outcome = await fixture.RunAsync(new { url = sink.Url("/hook?x=1").ToString(), headers = new Dictionary<string, string> { ["X-Custom"] = "yes" }, body = new { a = 1, b = "two" } });

        Assert.True(outcome.Result.IsSuccess, outcome.Result.Failure?.Message);
        var outputs = outcome.Result.Outputs!.Value;
        Assert.Equal(201, outputs.GetProperty("status").GetInt32());
        Assert.Equal(42, outputs.GetProperty("body").GetProperty("id").GetInt32());
        Assert.Equal("\"v1\"", outputs.GetProperty("headers").GetProperty("etag").GetString());
        Assert.StartsWith("application/json", outputs.GetProperty("headers").GetProperty("content-type").GetString(), StringComparison.Ordinal);
        Assert.False(outputs.GetProperty("headers").TryGetProperty("x-internal", out _));

        var request = Assert.Single(sink.Requests);
        Assert.Equal("POST", request.Method);
        Assert.Equal("/hook?x=1", request.PathAndQuery);
        Assert.Equal("run-1:step-1:1", request.Headers["Idempotency-Key"]);
        Assert.Equal("trace-1", request.Headers[HttpStepSignature.TraceIdHeader]);
        Assert.Equal("yes", request.Headers["X-Custom"]);
        Assert.Equal("{\"a\":1,\"b\":\"two\"}", Encoding.UTF8.GetString(request.Body));
        Assert.Equal(fixture.Time.GetUtcNow().ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture), request.Headers[HttpStepSignature.TimestampHeader]);
        Assert.True(HttpSignatureVerifier.Verify(HttpStepFixture.Secret, request.Headers[HttpStepSignature.TimestampHeader],
            request.Headers[HttpStepSignature.SignatureHeader], request.Body, fixture.Time.GetUtcNow(), TimeSpan.FromMinutes(5)));
    }

    [Fact]
    public async Task Run_NonJsonAnswer_IsReturnedAsText()
    {
        await using var sink = await HttpSink.StartAsync();
        sink.Respond = context =>
        {
            context.Response.ContentType = "text/plain";
            return context.Response.WriteAsync("plain words");
        };
        using var fixture = new HttpStepFixture();

        var outcome = await fixture.RunAsync(new { url = sink.Url("/").ToString(), method = "GET" });

        Assert.Equal("plain words", outcome.Result.Outputs!.Value.GetProperty("body").GetProperty("text").GetString());
        Assert.Equal("GET", Assert.Single(sink.Requests).Method);
    }

    [Theory]
    [InlineData(500, true)]
    [InlineData(503, true)]
    [InlineData(408, true)]
    [InlineData(429, true)]
    [InlineData(404, false)]
    [InlineData(400, false)]
    [InlineData(401, false)]
    public async Task Run_ErrorStatus_IsHttpErrorRetryableOnlyFor408429And5xx(int status, bool retryable)
    {
        await using var sink = await HttpSink.StartAsync();
        sink.Respond = context =>
        {
            context.Response.StatusCode = status;
            return Task.CompletedTask;
        };
        using var fixture = new HttpStepFixture();

        var outcome = await fixture.RunAsync(new { url = sink.Url("/").ToString() });

        var failure = outcome.Result.Failure!;
        Assert.Equal(StepFailureTypes.HttpError, failure.Type);
        Assert.Equal(retryable, failure.Retryable);
        Assert.Equal(status, failure.Details!.Value.GetProperty("status").GetInt32());
        Assert.Equal("http", failure.Handler);
    }

    [Fact]
    public async Task Run_429WithRetryAfterSeconds_CarriesTheWait()
    {
        await using var sink = await HttpSink.StartAsync();
        sink.Respond = context =>
        {
            context.Response.StatusCode = 429;
            context.Response.Headers.RetryAfter = "7";
            return Task.CompletedTask;
        };
        using var fixture = new HttpStepFixture();

        var outcome = await fixture.RunAsync(new { url = sink.Url("/").ToString() });

        Assert.Equal(TimeSpan.FromSeconds(7), outcome.Result.Failure!.RetryAfter);
    }

    [Fact]
    public async Task Run_503WithRetryAfterDate_CarriesTheWaitFromNow()
    {
        await using var sink = await HttpSink.StartAsync();
        using var fixture = new HttpStepFixture();
        sink.Respond = context =>
        {
            context.Response.StatusCode = 503;
            context.Response.Headers.RetryAfter = fixture.Time.GetUtcNow().AddSeconds(90).ToString("R", System.Globalization.CultureInfo.InvariantCulture);
            return Task.CompletedTask;
        };

        var outcome = await fixture.RunAsync(new { url = sink.Url("/").ToString() });

        Assert.Equal(TimeSpan.FromSeconds(90), outcome.Result.Failure!.RetryAfter);
        Assert.True(outcome.Result.Failure.Retryable);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Run_ResponseLargerThanTheCap_FailsWithResponseTooLarge(bool declareLength)
    {
        await using var sink = await HttpSink.StartAsync();
        sink.Respond = async context =>
        {
            var bytes = new byte[4096];
            if (declareLength)
            {
                context.Response.ContentLength = bytes.Length;
            }

            context.Response.ContentType = "application/octet-stream";
            await context.Response.Body.WriteAsync(bytes);
        };
        using var fixture = new HttpStepFixture(options => options.MaxResponseBytes = 1024);

        var outcome = await fixture.RunAsync(new { url = sink.Url("/").ToString() });

        Assert.Equal(StepFailureTypes.ResponseTooLarge, outcome.Result.Failure!.Type);
        Assert.False(outcome.Result.Failure.Retryable);
    }

    [Fact]
    public async Task Run_WithoutSigningSecret_FailsNotConfiguredWithoutCalling()
    {
        await using var sink = await HttpSink.StartAsync();
        using var fixture = new HttpStepFixture(secret: null);

        var outcome = await fixture.RunAsync(new { url = sink.Url("/").ToString() });

        Assert.Equal(StepFailureTypes.NotConfigured, outcome.Result.Failure!.Type);
        Assert.Empty(sink.Requests);
    }

    [Fact]
    public async Task Run_CalleeDown_FailsWithRetryableNetworkError()
    {
        var sink = await HttpSink.StartAsync();
        var url = sink.Url("/").ToString();
        await sink.DisposeAsync();
        using var fixture = new HttpStepFixture();

        var outcome = await fixture.RunAsync(new { url });

        Assert.Equal(StepFailureTypes.NetworkError, outcome.Result.Failure!.Type);
        Assert.True(outcome.Result.Failure.Retryable);
    }

    [Fact]
    public async Task Run_CallPastTimeoutSeconds_FailsWithRetryableTimeout()
    {
        await using var sink = await HttpSink.StartAsync();
        var release = new TaskCompletionSource();
        sink.Respond = _ => release.Task;
        using var fixture = new HttpStepFixture();

        var running = fixture.RunAsync(new { url = sink.Url("/").ToString(), timeout_seconds = 10 });
        await Eventually(() => !sink.Requests.IsEmpty);
        fixture.Time.Advance(TimeSpan.FromSeconds(10));
        var outcome = await running.WaitAsync(TimeSpan.FromSeconds(2));
        release.SetResult();

        Assert.Equal(StepFailureTypes.Timeout, outcome.Result.Failure!.Type);
        Assert.True(outcome.Result.Failure.Retryable);
    }

    private static Task Eventually(Func<bool> condition) => JobForge.TestKit.Eventually.TrueAsync(() => Task.FromResult(condition()), TimeSpan.FromSeconds(2), "the sink to see the request");
}
