using System.Text;
using System.Text.Json;
using JobForge.Domain.Steps;
using JobForge.Application.Steps;
using JobForge.Application.Steps.Handlers.AutopilotModule;
using JobForge.Application.Steps.Handlers.Http;
using JobForge.TestKit.Hosting;
using JobForge.TestKit.Time;
using Microsoft.Extensions.Time.Testing;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace JobForge.Server.Tests.Steps;

public sealed class AutopilotModuleStepHandlerTests
{
    private const string ModuleSecret = "ops-module-secret-0123456789";

    [Fact]
    public async Task Run_ConfiguredModule_PostsInputToTheOperationSignedWithTheModuleSecret()
    {
        await using var sink = await HttpSink.StartAsync();
        sink.Respond = context => context.Response.WriteAsJsonAsync(new { findings = 3 });
        var time = new FakeTimeProvider(TestClock.Start);
        using var fixture = Fixture(time, sink.Address.ToString().TrimEnd('/') + "/base/", ModuleSecret);

        var outcome = await fixture.Runner.RunAsync(Request("{\"module\":\"ops\",\"operation\":\"scan\",\"input\":{\"depth\":2}}"), CancellationToken.None);

        Assert.True(outcome.Result.IsSuccess, outcome.Result.Failure?.Message);
        Assert.Equal("{\"findings\":3}", outcome.Result.Outputs!.Value.GetRawText()); // the answer's body is the step's outputs
        var request = Assert.Single(sink.Requests);
        Assert.Equal("POST", request.Method);
        Assert.Equal("/base/operations/scan", request.PathAndQuery);
        Assert.Equal("{\"depth\":2}", Encoding.UTF8.GetString(request.Body));
        Assert.Equal("run-1:step-1:1", request.Headers["Idempotency-Key"]);
        Assert.True(HttpSignatureVerifier.Verify(ModuleSecret, request.Headers[HttpStepSignature.TimestampHeader],
            request.Headers[HttpStepSignature.SignatureHeader], request.Body, time.GetUtcNow(), TimeSpan.FromMinutes(5)));
    }

    [Theory]
    [InlineData("[1,2]", "application/json")]
    [InlineData("plain words", "text/plain")]
    [InlineData("", "application/json")]
    public async Task Run_ModuleAnswersWithoutAJsonObject_FailsInvalidOutput(string body, string contentType)
    {
        await using var sink = await HttpSink.StartAsync();
        sink.Respond = async context =>
        {
            context.Response.ContentType = contentType;
            await context.Response.WriteAsync(body);
        };
        using var fixture = Fixture(new FakeTimeProvider(TestClock.Start), sink.Address.ToString(), ModuleSecret);

        var outcome = await fixture.Runner.RunAsync(Request("{\"module\":\"ops\",\"operation\":\"scan\"}"), CancellationToken.None);

        Assert.Equal(StepFailureTypes.InvalidOutput, outcome.Result.Failure!.Type);
        Assert.False(outcome.Result.Failure.Retryable);
    }

    [Fact]
    public async Task Run_ModuleWithoutBaseUrl_FailsNotConfiguredNamingTheKey()
    {
        using var fixture = Fixture(new FakeTimeProvider(TestClock.Start), baseUrl: null, ModuleSecret);

        var outcome = await fixture.Runner.RunAsync(Request("{\"module\":\"ops\",\"operation\":\"scan\"}"), CancellationToken.None);

        Assert.Equal(StepFailureTypes.NotConfigured, outcome.Result.Failure!.Type);
        Assert.Contains("JobForge:Modules:ops:BaseUrl", outcome.Result.Failure.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(ModuleSecret, outcome.Result.Failure.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{\"module\":\"nope\",\"operation\":\"scan\"}", "$.module")]
    [InlineData("{\"module\":\"ops\",\"operation\":\"../admin\"}", "$.operation")]
    [InlineData("{\"module\":\"ops\"}", "$.operation")]
    [InlineData("{\"module\":\"ops\",\"operation\":\"scan\",\"url\":\"http://x\"}", "$.url")]
    public async Task Run_InvalidWith_FailsWithInvalidInput(string with, string path)
    {
        using var fixture = Fixture(new FakeTimeProvider(TestClock.Start), "http://127.0.0.1:1/", ModuleSecret);

        var outcome = await fixture.Runner.RunAsync(Request(with), CancellationToken.None);

        Assert.Equal(StepFailureTypes.InvalidInput, outcome.Result.Failure!.Type);
        Assert.Contains(outcome.Result.Failure.Details!.Value.GetProperty("problems").EnumerateArray(), p => p.GetProperty("path").GetString() == path);
    }

    [Fact]
    public async Task Run_ModuleOnLoopbackWithoutAllowPrivateNetworks_IsRefused()
    {
        await using var sink = await HttpSink.StartAsync();
        using var fixture = Fixture(new FakeTimeProvider(TestClock.Start), sink.Address.ToString(), ModuleSecret, allowPrivate: false);

        var outcome = await fixture.Runner.RunAsync(Request("{\"module\":\"ops\",\"operation\":\"scan\"}"), CancellationToken.None);

        Assert.Equal(StepFailureTypes.EgressDenied, outcome.Result.Failure!.Type);
        Assert.Empty(sink.Requests);
    }

    private static StepRunRequest Request(string with) =>
        new("autopilot.module", StepRunnerFixture.Context(with));

    private static ModuleFixture Fixture(FakeTimeProvider time, string? baseUrl, string secret, bool allowPrivate = true)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["JobForge:Modules:ops:BaseUrl"] = baseUrl,
            ["JobForge:Modules:ops:SigningSecret"] = secret,
        }).Build();
        var options = Options.Create(new HttpStepOptions { AllowPrivateNetworks = allowPrivate }); // no allow-list entry: the module host is trusted
        var client = new HttpStepClient(options, time, NullLogger<HttpStepClient>.Instance);
        return new ModuleFixture(client, new StepRunnerFixture(new AutopilotModuleStepHandler(client, configuration, time)));
    }

    private sealed record ModuleFixture(HttpStepClient Client, StepRunnerFixture Inner) : IDisposable
    {
        public StepRunner Runner => Inner.Runner;

        public void Dispose()
        {
            Client.Dispose();
            Inner.Dispose();
        }
    }
}
