using JobForge.TestKit.Hosting;
using Microsoft.AspNetCore.Http;

namespace JobForge.Client.Tests;

/// <summary>
/// <see cref="JobsClient.WaitForCompletionAsync"/> polls when the stream route is missing (a proxy or an older server
/// answering a bare 404): a loopback sink without the stream route serves the run, running twice, then succeeded.
/// </summary>
public sealed class WaitFallbackTests
{
    private const string RunId = "run_0123456789abcdef0123456789abcdef";

    [Fact]
    public async Task WaitForCompletion_WithoutTheStreamRoute_FallsBackToPolling_UntilTheRunIsFinished()
    {
        await using var sink = await HttpSink.StartAsync();
        var reads = 0;
        sink.Respond = async context =>
        {
            if (context.Request.Path != $"/api/v1/jobs/{RunId}")
            {
                context.Response.StatusCode = StatusCodes.Status404NotFound;
                return;
            }

            var status = Interlocked.Increment(ref reads) < 3 ? "running" : "succeeded";
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync($$$"""{"run_id":"{{{RunId}}}","tenant_id":"t","template_key":"k","template_version":"1","status":"{{{status}}}","inputs":{},"inputs_sha256":"x","trace_id":"tr","requested_at":"2026-01-01T00:00:00Z"}""");
        };
        using var client = JobForgeClient.Create(new JobForgeClientOptions { BaseAddress = sink.Address, ApiKey = "k", PollInterval = TimeSpan.FromMilliseconds(50) });

        var run = await client.Jobs.WaitForCompletionAsync(RunId);

        Assert.Equal((RunId, "succeeded"), (run.RunId, run.Status));
        Assert.Equal(3, reads);
    }
}
