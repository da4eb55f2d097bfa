using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace JobForge.Client.Tests;

/// <summary>
/// <see cref="JobsClient.WaitForCompletionAsync"/> polls when the stream route is missing (a proxy or an older server
/// answering a bare 404): a loopback Kestrel without the stream route serves the run, running twice, then succeeded.
/// </summary>
public sealed class WaitFallbackTests
{
    private const string RunId = "run_0123456789abcdef0123456789abcdef";

    [Fact]
    public async Task WaitForCompletion_WithoutTheStreamRoute_FallsBackToPolling_UntilTheRunIsFinished()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        await using var app = builder.Build();
        var reads = 0;
        app.MapGet("/api/v1/jobs/{id}", (string id) =>
        {
            var status = Interlocked.Increment(ref reads) < 3 ? "running" : "succeeded";
            return Results.Text($$$"""{"run_id":"{{{id}}}","tenant_id":"t","template_key":"k","template_version":"1","status":"{{{status}}}","inputs":{},"inputs_sha256":"x","trace_id":"tr","requested_at":"2026-01-01T00:00:00Z"}""", "application/json");
        });
        await app.StartAsync();
        var address = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single());
        using var client = JobForgeClient.Create(new JobForgeClientOptions { BaseAddress = address, ApiKey = "k", PollInterval = TimeSpan.FromMilliseconds(50) });

        var run = await client.Jobs.WaitForCompletionAsync(RunId);

        Assert.Equal((RunId, "succeeded"), (run.RunId, run.Status));
        Assert.Equal(3, reads);
    }
}
