using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace JobForge.TestKit.Security;

/// <summary>
/// Records every span (name, tags, events, links, baggage, status) and every metric measurement's tags of the process
/// while it lives: whatever a trace or metrics exporter would send.
/// </summary>
public sealed class TelemetryCapture : IDisposable
{
    private readonly ConcurrentQueue<CapturedText> _items = new();
    private readonly ConcurrentDictionary<CapturedText, bool> _measurements = new(); // distinct tag sets only
    private int _spans;
    private readonly ActivityListener _activities;
    private readonly MeterListener _meters;

    public TelemetryCapture()
    {
        _activities = new ActivityListener
        {
            ShouldListenTo = _ => true,
            // AllData, not AllDataAndRecorded: every span is created with its tags, but the sampled flag stays what the
            // other listeners (the OpenTelemetry SDK of tests running alongside) decide, so their exports are unchanged.
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllData,
            ActivityStopped = Record,
        };
        ActivitySource.AddActivityListener(_activities);
        _meters = new MeterListener { InstrumentPublished = (instrument, listener) => listener.EnableMeasurementEvents(instrument) };
        _meters.SetMeasurementEventCallback<long>((instrument, _, tags, _) => Record(instrument, tags));
        _meters.SetMeasurementEventCallback<int>((instrument, _, tags, _) => Record(instrument, tags));
        _meters.SetMeasurementEventCallback<double>((instrument, _, tags, _) => Record(instrument, tags));
        _meters.Start();
    }

    /// <summary>How many spans were recorded.</summary>
    public int Spans => Volatile.Read(ref _spans);

    /// <summary>Everything recorded so far.</summary>
    public IReadOnlyList<CapturedText> Items => [.. _items, .. _measurements.Keys];

    public void Dispose()
    {
        _activities.Dispose();
        _meters.Dispose();
    }

    private void Record(Activity activity)
    {
        Interlocked.Increment(ref _spans);
        var parts = new List<string> { activity.DisplayName, activity.OperationName, activity.StatusDescription ?? string.Empty };
        parts.AddRange(activity.TagObjects.Select(tag => tag.Key + "=" + tag.Value));
        parts.AddRange(activity.Baggage.Select(item => item.Key + "=" + item.Value));
        foreach (var item in activity.Events)
        {
            parts.Add(item.Name);
            parts.AddRange(item.Tags.Select(tag => tag.Key + "=" + tag.Value));
        }

        foreach (var link in activity.Links)
        {
            parts.AddRange(link.Tags?.Select(tag => tag.Key + "=" + tag.Value) ?? []);
        }

        _items.Enqueue(new CapturedText($"span {activity.Source.Name}/{activity.OperationName}", string.Join(" | ", parts)));
    }

    private void Record(Instrument instrument, ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        if (tags.Length == 0)
        {
            return;
        }

        var parts = new List<string>(tags.Length);
        foreach (var tag in tags)
        {
            parts.Add(tag.Key + "=" + tag.Value);
        }

        _measurements.TryAdd(new CapturedText($"metric {instrument.Meter.Name}/{instrument.Name}", string.Join(" | ", parts)), true);
    }
}
