using System.Diagnostics.Metrics;
using System.Text.Json;
using JobForge.Domain.Steps;
using JobForge.Application.Steps;
using JobForge.TestKit.Logging;
using JobForge.TestKit.Time;
using Microsoft.Extensions.Time.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace JobForge.Server.Tests.Steps;

/// <summary>A runner over given handlers with a manual clock and a private meter factory.</summary>
internal sealed class StepRunnerFixture : IDisposable
{
    private readonly ServiceProvider _provider;

    public StepRunnerFixture(params IStepHandler[] handlers)
        : this(KnownSecrets.None, handlers)
    {
    }

    public StepRunnerFixture(KnownSecrets secrets, params IStepHandler[] handlers)
    {
        _provider = new ServiceCollection().AddMetrics().BuildServiceProvider();
        Meters = _provider.GetRequiredService<IMeterFactory>();
        Runner = new StepRunner(handlers, Time, Meters, Logger, secrets);
    }

    public FakeTimeProvider Time { get; } = new(TestClock.Start);

    public ListLogger<StepRunner> Logger { get; } = new();

    public IMeterFactory Meters { get; }

    public StepRunner Runner { get; }

    public static JsonElement Parse(string json) => JsonDocument.Parse(json).RootElement.Clone();

    public static StepContext Context(string inputs = "{}", TimeSpan? timeout = null) =>
        new("tenant-a", "run-1", "step-1", 1, Parse(inputs)) { Timeout = timeout ?? TimeSpan.FromMinutes(5), TraceId = "trace-1" };

    public void Dispose() => _provider.Dispose();
}
