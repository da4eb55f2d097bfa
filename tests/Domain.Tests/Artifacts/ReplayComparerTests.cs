using System.Text.Json;
using JobForge.Domain.Artifacts;

namespace JobForge.Domain.Tests.Artifacts;

public sealed class ReplayComparerTests
{
    private static ReplayStep Step(string id, string outputs, string status = "succeeded") =>
        new(id, "transform", status, 1, JsonDocument.Parse(outputs).RootElement.Clone());

    [Fact]
    public void Compare_SameOutputsInAnotherKeyOrderAndNumberForm_IsIdentical()
    {
        var recorded = new[] { Step("a", """{"x":1,"y":{"z":[1,2]}}""") };
        var replayed = new ReplayExecution([Step("a", """{"y":{"z":[1,2.0]},"x":1.0}""") with { Attempts = 3 }], "succeeded");

        var result = ReplayComparer.Compare(recorded, "succeeded", replayed);

        Assert.True(result.Identical);
        Assert.Empty(result.Differences);
    }

    [Fact]
    public void Compare_DelayWaitedADifferentTime_IsIdentical_AndTheTimingIsListedApart()
    {
        var recorded = new[] { Step("wait", """{"waited_ms":3002}""") with { Uses = "delay" }, Step("after", """{"waited_ms":1}""") };
        var replayed = new ReplayExecution([Step("wait", """{"waited_ms":3000}""") with { Uses = "delay" }, Step("after", """{"waited_ms":2}""")], "succeeded");

        var result = ReplayComparer.Compare(recorded, "succeeded", replayed);

        var difference = Assert.Single(result.Differences); // a transform's output named waited_ms is a result
        Assert.Equal(("after", "$.outputs.waited_ms"), (difference.StepId, difference.Path));
        var timing = Assert.Single(result.TimingDifferences);
        Assert.Equal(("wait", "$.outputs.waited_ms", 3002, 3000), (timing.StepId, timing.Path, timing.Recorded!.Value.GetInt32(), timing.Replayed!.Value.GetInt32()));
        Assert.True(ReplayComparer.Compare(recorded[..1], "succeeded", replayed with { Steps = replayed.Steps.Take(1).ToList() }).Identical);
    }

    [Fact]
    public void Compare_NestedDifference_ReportsItsJsonPathAndBothValues()
    {
        var recorded = new[] { Step("fetch", """{"body":{"items":[{"name":"a"},{"name":"b"}]}}"""), Step("shape", """{"n":2}""") };
        var replayed = new ReplayExecution([Step("fetch", """{"body":{"items":[{"name":"a"},{"name":"B"}]}}"""), Step("shape", """{"n":2}""")], "succeeded");

        var result = ReplayComparer.Compare(recorded, "succeeded", replayed);

        Assert.False(result.Identical);
        var difference = Assert.Single(result.Differences);
        Assert.Equal(("fetch", "$.outputs.body.items[1].name"), (difference.StepId, difference.Path));
        Assert.Equal(("b", "B"), (difference.Recorded!.Value.GetString(), difference.Replayed!.Value.GetString()));
    }

    [Fact]
    public void Compare_MissingExtraStepsStatusesAndOddKeys_AreListedInOrder()
    {
        var recorded = new[] { Step("a", """{"odd key":1}"""), Step("gone", "{}") };
        var replayed = new ReplayExecution([Step("a", """{"odd key":2,"new":true}""", "failed"), Step("extra", "{}")], "failed");

        var result = ReplayComparer.Compare(recorded, "succeeded", replayed);

        Assert.Equal(
            ["a $.status", "a $.outputs.new", "a $.outputs['odd key']", "gone $", "extra $", " $.status"],
            result.Differences.Select(d => $"{d.StepId} {d.Path}"));
        Assert.Null(result.Differences[1].Recorded);
    }

    [Fact]
    public void Compare_ManyDifferences_IsCappedAndSaysSo()
    {
        var recorded = new[] { Step("a", "[" + string.Join(",", Enumerable.Range(0, 50)) + "]") };
        var replayed = new ReplayExecution([Step("a", "[" + string.Join(",", Enumerable.Range(100, 50)) + "]")], "succeeded");

        var result = ReplayComparer.Compare(recorded, "succeeded", replayed, maxDifferences: 10);

        Assert.Equal(10, result.Differences.Count);
        Assert.True(result.Truncated);
        Assert.Equal("$.outputs[9]", result.Differences[^1].Path);
    }
}
