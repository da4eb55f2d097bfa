using System.Diagnostics.Metrics;
using JobForge.Domain.Steps;
using JobForge.Application.Steps;
using static JobForge.Server.Tests.Steps.StepRunnerFixture;

namespace JobForge.Server.Tests.Steps;

public sealed class StepRunnerMetricsTests
{
    [Fact]
    public async Task RunAsync_FailingAndSucceedingAttempts_RecordAttemptsAndDurationsTaggedWithOutcome()
    {
        var failing = new FakeStepHandler("metrics-fail") { Execute = (_, _) => throw new InvalidOperationException("x") };
        var succeeding = new FakeStepHandler("metrics-ok");
        using var fixture = new StepRunnerFixture(failing, succeeding);
        var measurements = new List<(string Instrument, double Value, string Kind, string Outcome)>();
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == "JobForge.Steps" && instrument.Meter.Scope == fixture.Meters)
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) => Add(instrument, value, tags));
        listener.SetMeasurementEventCallback<double>((instrument, value, tags, _) => Add(instrument, value, tags));
        listener.Start();

        await fixture.Runner.RunAsync(new StepRunRequest("metrics-fail", Context()), CancellationToken.None);
        await fixture.Runner.RunAsync(new StepRunRequest("metrics-ok", Context()), CancellationToken.None);
        await fixture.Runner.RunAsync(new StepRunRequest("nobody", Context()), CancellationToken.None);

        Assert.Contains(("jobforge.step.attempts", 1d, "metrics-fail", StepFailureTypes.HandlerError), measurements);
        Assert.Contains(("jobforge.step.duration", 0d, "metrics-fail", StepFailureTypes.HandlerError), measurements);
        Assert.Contains(("jobforge.step.attempts", 1d, "metrics-ok", "succeeded"), measurements);
        Assert.Contains(("jobforge.step.attempts", 1d, "unknown", StepFailureTypes.UnknownHandler), measurements);
        Assert.Equal(6, measurements.Count);

        void Add(Instrument instrument, double value, ReadOnlySpan<KeyValuePair<string, object?>> tags)
        {
            string kind = "", outcome = "";
            foreach (var tag in tags)
            {
                if (tag.Key == "kind") { kind = (string)tag.Value!; }
                if (tag.Key == "outcome") { outcome = (string)tag.Value!; }
            }

            lock (measurements)
            {
                measurements.Add((instrument.Name, value, kind, outcome));
            }
        }
    }
}
