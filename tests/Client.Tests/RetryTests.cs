using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace JobForge.Client.Tests;

/// <summary>
/// The retry rule over real HTTP: a loopback Kestrel answers with scripted statuses (the real server cannot be made to
/// answer 503 on demand), and the client's own handler decides.
/// </summary>
public sealed class RetryTests
{
    private static async Task<(WebApplication App, Uri Address, List<DateTimeOffset> Calls)> StartAsync(params (int Status, string? RetryAfter)[] script)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var calls = new List<DateTimeOffset>();
        app.MapGet("/api/v1/flags", (HttpContext context) =>
        {
            lock (calls)
            {
                calls.Add(DateTimeOffset.UtcNow);
                var (status, retryAfter) = script[Math.Min(calls.Count - 1, script.Length - 1)];
                if (retryAfter is not null)
                {
                    context.Response.Headers.RetryAfter = retryAfter;
                }

                return status == 200
                    ? Results.Text("{\"JOBFORGE_EVENTS_ENABLED\":true}", "application/json")
                    : Results.Text($$$"""{"error":{"type":"scripted","message":"scripted {{{status}}}","trace_id":"t-1"}}""", "application/json", statusCode: status);
            }
        });
        await app.StartAsync();
        var address = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single());
        return (app, address, calls);
    }

    [Fact]
    public async Task TooManyRequestsThenServiceUnavailable_AreRetried_HonouringRetryAfter_ThenSucceed()
    {
        var (app, address, calls) = await StartAsync((429, "1"), (503, null), (200, null));
        await using (app)
        {
            using var client = JobForgeClient.Create(new JobForgeClientOptions { BaseAddress = address, ApiKey = "k", RetryDelay = TimeSpan.FromMilliseconds(10) });

            var flags = await client.GetFlagsAsync();

            Assert.True(flags["JOBFORGE_EVENTS_ENABLED"].GetBoolean());
            Assert.Equal(3, calls.Count);
            Assert.True(calls[1] - calls[0] >= TimeSpan.FromMilliseconds(900), $"retried after {(calls[1] - calls[0]).TotalMilliseconds} ms, not after Retry-After");
        }
    }

    [Theory]
    [InlineData(400)]
    [InlineData(404)]
    [InlineData(409)]
    public async Task OtherClientErrors_AreNeverRetried_AndCarryTheEnvelope(int status)
    {
        var (app, address, calls) = await StartAsync((status, "1"), (200, null));
        await using (app)
        {
            using var client = JobForgeClient.Create(new JobForgeClientOptions { BaseAddress = address, ApiKey = "k" });

            var error = await Assert.ThrowsAsync<JobForgeException>(() => client.GetFlagsAsync());

            Assert.Single(calls);
            Assert.Equal(((HttpStatusCode)status, "scripted", "t-1"), (error.StatusCode, error.Type, error.TraceId));
        }
    }
}
