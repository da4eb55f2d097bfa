using System.Text.Json;
using JobForge.Domain.Steps;
using JobForge.Application.Steps;
using JobForge.Application.Steps.Handlers.Http;
using Microsoft.Extensions.Time.Testing;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace JobForge.Server.Tests.Steps;

/// <summary>An http handler behind a step runner, with given options and a manual clock.</summary>
internal sealed class HttpStepFixture : IDisposable
{
    public const string Secret = "test-signing-secret-0123456789";

    private readonly StepRunnerFixture _runner;
    private readonly HttpStepClient _client;

    public HttpStepFixture(Action<HttpStepOptions>? configure = null, string? secret = Secret, EgressTransport? transport = null)
    {
        var options = new HttpStepOptions { AllowPrivateNetworks = true, SigningSecret = secret };
        options.AllowedHosts.Add("127.0.0.1");
        configure?.Invoke(options);
        Time = new FakeTimeProvider(new DateTimeOffset(2026, 3, 1, 12, 0, 0, TimeSpan.Zero));
        _client = new HttpStepClient(Options.Create(options), Time, NullLogger<HttpStepClient>.Instance, transport ?? EgressTransport.Network);
        Handler = new HttpStepHandler(_client, Options.Create(options), Time);
        _runner = new StepRunnerFixture(Handler);
    }

    public FakeTimeProvider Time { get; }

    public HttpStepHandler Handler { get; }

    internal HttpStepClient Client => _client;

    public Task<StepRunOutcome> RunAsync(object with, CancellationToken cancellationToken = default) =>
        _runner.Runner.RunAsync(new StepRunRequest("http", StepRunnerFixture.Context(JsonSerializer.Serialize(with))), cancellationToken);

    public void Dispose()
    {
        _client.Dispose();
        _runner.Dispose();
    }
}
