using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace JobForge.Client.Tests;

/// <summary>The client registered with DI and logging at Trace never writes the API key or a policy token to a log.</summary>
public sealed class ClientLoggingTests(ClientTestServer server) : IClassFixture<ClientTestServer>
{
    [Fact]
    public async Task TraceLogging_OfRequestsWithApiKeyAndPolicyToken_ContainsNeitherSecret()
    {
        var tenant = ClientTestServer.NewTenant();
        var apiKey = await server.KeyAsync(tenant, "jobs:write", "jobs:read");
        const string PolicyToken = "policy-token-secret-value-never-logged";
        var logs = new CollectingLoggerProvider();
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Trace).AddProvider(logs));
        services.AddJobForgeClient(options =>
        {
            options.BaseAddress = server.Address;
            options.ApiKey = apiKey;
        });
        await using var provider = services.BuildServiceProvider();
        var client = provider.GetRequiredService<JobForgeClient>();

        await Assert.ThrowsAsync<JobForgeException>(() => client.Jobs.RequestAsync(new JobRequest(tenant, "no.such.template") { PolicyToken = PolicyToken }));
        await Assert.ThrowsAsync<JobForgeException>(() => client.Jobs.GetAsync("run_0123456789abcdef0123456789abcdef"));

        Assert.NotEmpty(logs.Messages);
        Assert.DoesNotContain(logs.Messages, m => m.Contains(apiKey, StringComparison.Ordinal) || m.Contains(PolicyToken, StringComparison.Ordinal));
    }
}
