using System.Net;
using JobForge.Server.Tests.Jobs;
using JobForge.TestKit;
using JobForge.TestKit.Hosting;

namespace JobForge.Server.Tests.Admission;

public sealed class AdmissionFlagOffTests(AdmissionOffTestServer server) : IClassFixture<AdmissionOffTestServer>
{
    [Fact]
    public async Task RequestJob_FlagOff_BacklogPastTheConfiguredBound_IsStillAccepted()
    {
        await using var sink = await HttpSink.StartAsync();
        var tenant = JobsTestServer.NewTenant();
        var template = await server.RegisterSlowTemplateAsync(sink.BaseUrl, tenant);
        var apiKey = await server.CreateKeyAsync(tenant, "jobs:write", "jobs:read", "ops:read");

        using (var first = await server.RequestAsync(apiKey, tenant, template))
        {
            Assert.Equal(HttpStatusCode.Accepted, first.StatusCode);
        }

        await Eventually.TrueAsync(() => Task.FromResult(sink.CallsTo("/slow/").Count == 1), TimeSpan.FromSeconds(30), "the first run to hold its worker");
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            using var next = await server.RequestAsync(apiKey, tenant, template);
            statuses.Add(next.StatusCode);
        }

        sink.Release();
        Assert.All(statuses, status => Assert.Equal(HttpStatusCode.Accepted, status));
    }
}
