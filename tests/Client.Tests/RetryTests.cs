using System.Net;
using JobForge.TestKit.Hosting;
using Microsoft.AspNetCore.Http;

namespace JobForge.Client.Tests;

/// <summary>
/// The retry rule over real HTTP: a loopback sink answers with scripted statuses (the real server cannot be made to
/// answer 503 on demand), and the client's own handler decides.
/// </summary>
public sealed class RetryTests
{
    private static async Task<HttpSink> StartAsync(params (int Status, string? RetryAfter)[] script)
    {
        var sink = await HttpSink.StartAsync();
        sink.Respond = async context =>
        {
            var (status, retryAfter) = script[Math.Min(sink.Requests.Count - 1, script.Length - 1)];
            if (retryAfter is not null)
            {
                context.Response.Headers.RetryAfter = retryAfter;
            }

            context.Response.StatusCode = status;
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync(status == 200
                ? "{\"JOBFORGE_EVENTS_ENABLED\":true}"
                : $$$"""{"error":{"type":"scripted","message":"scripted {{{status}}}","trace_id":"t-1"}}""");
        };
        return sink;
    }

    private static List<DateTimeOffset> Calls(HttpSink sink) => [.. sink.Requests.Select(request => request.At)];

    [Fact]
    public async Task TooManyRequestsThenServiceUnavailable_AreRetried_HonouringRetryAfter_ThenSucceed()
    {
        await using var sink = await StartAsync((429, "1"), (503, null), (200, null));
        using var client = JobForgeClient.Create(new JobForgeClientOptions { BaseAddress = sink.Address, ApiKey = "k", RetryDelay = TimeSpan.FromMilliseconds(10) });

        var flags = await client.GetFlagsAsync();

        Assert.True(flags["JOBFORGE_EVENTS_ENABLED"].GetBoolean());
        var calls = Calls(sink);
        Assert.Equal(3, calls.Count);
        Assert.True(calls[1] - calls[0] >= TimeSpan.FromMilliseconds(900), $"retried after {(calls[1] - calls[0]).TotalMilliseconds} ms, not after Retry-After");
    }

    [Theory]
    [InlineData(400)]
    [InlineData(404)]
    [InlineData(409)]
    public async Task OtherClientErrors_AreNeverRetried_AndCarryTheEnvelope(int status)
    {
        await using var sink = await StartAsync((status, "1"), (200, null));
        using var client = JobForgeClient.Create(new JobForgeClientOptions { BaseAddress = sink.Address, ApiKey = "k" });

        var error = await Assert.ThrowsAsync<JobForgeException>(() => client.GetFlagsAsync());

        Assert.Single(Calls(sink));
        Assert.Equal(((HttpStatusCode)status, "scripted", "t-1"), (error.StatusCode, error.Type, error.TraceId));
    }
}
