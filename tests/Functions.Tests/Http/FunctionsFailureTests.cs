using System.Text.Json;
using Azure;
using Microsoft.Extensions.DependencyInjection;

namespace JobForge.Functions.Tests.Http;

/// <summary>
/// What the server's exception handler and authentication do on failure, the Functions app does too, because it runs the
/// same middleware around its functions: an outage while checking keys is 503, an unexpected exception is a 500
/// envelope with a trace id and without the exception's text.
/// </summary>
public sealed class FunctionsFailureTests
{
    private const string WellFormedKey = "jf_0123456789abcdef_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA";

    private static readonly Dictionary<string, string?> Settings = new() { ["JobForge:Storage:ConnectionString"] = "UseDevelopmentStorage=true" };

    [Fact]
    public async Task UnexpectedException_InAFunction_Is500InternalEnvelope_WithoutTheExceptionText()
    {
        await using var functions = FunctionsApiHost.Build(Settings,
            services => services.AddSingleton(FailingApiKeyStore.Throwing(new InvalidOperationException("connection secret s3cr3t"))));

        var response = await functions.SendAsync(HttpMethod.Get, WellFormedKey, "/api/v1/jobs");

        Assert.Equal(500, response.Status);
        Assert.DoesNotContain("s3cr3t", response.Body, StringComparison.Ordinal);
        var error = JsonDocument.Parse(response.Body).RootElement.GetProperty("error");
        Assert.Equal("internal", error.GetProperty("type").GetString());
        Assert.False(string.IsNullOrEmpty(error.GetProperty("trace_id").GetString()));
        Assert.Equal("nosniff", response.Header("x-content-type-options"));
    }

    [Fact]
    public async Task StorageOutage_WhileCheckingTheKey_Is503DependencyUnavailable()
    {
        await using var functions = FunctionsApiHost.Build(Settings,
            services => services.AddSingleton(FailingApiKeyStore.Throwing(new RequestFailedException(503, "down"))));

        var response = await functions.SendAsync(HttpMethod.Get, WellFormedKey, "/api/v1/jobs");

        Assert.Equal(503, response.Status);
        Assert.Equal("dependency_unavailable", JsonDocument.Parse(response.Body).RootElement.GetProperty("error").GetProperty("type").GetString());
    }

    [Fact]
    public async Task Health_IsAnonymous_AndGetsTheEnvelopeOn503()
    {
        await using var functions = FunctionsApiHost.Build(new Dictionary<string, string?>
        {
            ["JobForge:Storage:ConnectionString"] = "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=AAAA;"
                + "BlobEndpoint=http://127.0.0.1:1/devstoreaccount1;QueueEndpoint=http://127.0.0.1:1/devstoreaccount1;TableEndpoint=http://127.0.0.1:1/devstoreaccount1;",
            ["JobForge:Storage:MaxRetries"] = "0",
            ["JobForge:Storage:NetworkTimeout"] = "00:00:02",
        });

        var response = await functions.SendAsync(HttpMethod.Get, null, "/api/health");

        Assert.Equal(503, response.Status);
        var body = JsonDocument.Parse(response.Body).RootElement;
        Assert.Equal("unhealthy", body.GetProperty("status").GetString());
        Assert.Equal("dependency_unavailable", body.GetProperty("error").GetProperty("type").GetString());
    }
}
