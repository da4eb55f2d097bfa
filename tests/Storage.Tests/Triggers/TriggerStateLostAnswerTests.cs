using Azure.Core;
using JobForge.Domain.Triggers;
using JobForge.Storage.Tests.Tables;
using JobForge.Storage.Triggers;
using JobForge.TestKit;
using JobForge.TestKit.Azurite;

namespace JobForge.Storage.Tests.Triggers;

/// <summary>
/// Trigger counters, checkpoints and decisions whose write landed but whose answer was lost (Azure.Core retried it): the
/// write counts as done, not as a concurrent change (counters, checkpoint) or a taken key (a decision written twice).
/// </summary>
public sealed class TriggerStateLostAnswerTests
{
    private static readonly DateTimeOffset T0 = new(2026, 12, 6, 10, 0, 0, TimeSpan.Zero);

    private static async Task<Azure.Data.Tables.TableClient> TableAsync(LostAnswerPolicy lost)
    {
        var table = (await AzuriteInstance.Shared).TableService(maxRetries: 1, lost).GetTableClient(UniqueNames.Next("trglost"));
        await table.CreateIfNotExistsAsync();
        return table;
    }

    [Theory]
    [InlineData(false)] // the first fire: the counters row is added
    [InlineData(true)]  // a later fire: the counters row is replaced if its ETag still matches
    public async Task TryRecordFire_WhenTheWritesAnswerIsLostAndTheSdkRetries_RecordsTheFire(bool update)
    {
        var lost = new LostAnswerPolicy(RequestMethod.Post, RequestMethod.Put);
        var state = new TableTriggerState(await TableAsync(lost));
        var read = update ? (await state.TryRecordFireAsync("tenant-a", "t1", TriggerCounterState.Empty, T0, "fire-1"))! : TriggerCounterState.Empty;
        lost.Arm();

        var recorded = await state.TryRecordFireAsync("tenant-a", "t1", read, T0.AddMinutes(1), "fire-2");

        Assert.True(lost.Fired);
        Assert.NotNull(recorded); // not "a concurrent change": the evaluator does not re-read and re-decide
        var stored = await state.GetAsync("tenant-a", "t1");
        Assert.Equal((stored.Version, stored.CountInHour, "fire-2"), (recorded.Version, recorded.CountInHour, recorded.LastFireIdentity));
    }

    [Fact]
    public async Task TryAdvanceCheckpoint_WhenTheWritesAnswerIsLostAndTheSdkRetries_Advances()
    {
        var lost = new LostAnswerPolicy(RequestMethod.Put);
        ITriggerCheckpoints checkpoints = new TableTriggerState(await TableAsync(lost));
        var read = await checkpoints.TryAdvanceAsync("tenant-a", "nightly", null, T0);
        lost.Arm();

        var advanced = await checkpoints.TryAdvanceAsync("tenant-a", "nightly", read, T0.AddMinutes(1));

        Assert.True(lost.Fired);
        Assert.Equal(await checkpoints.GetAsync("tenant-a", "nightly"), advanced);
    }

    [Fact]
    public async Task AppendDecision_WhenTheInsertsAnswerIsLostAndTheSdkRetries_IsRecordedOnce()
    {
        var lost = new LostAnswerPolicy();
        var log = new TableTriggerDecisionLog(await TableAsync(lost));
        lost.Arm();

        await log.AppendAsync("tenant-a", new TriggerDecisionRecord
        {
            TenantId = "tenant-a", TriggerId = "t1", EvaluatedAt = T0, Decision = "fire", Reason = "matched", FireIdentity = "fire-1",
            TemplateKey = "autopilot.ops.scan",
        });

        Assert.True(lost.Fired);
        var page = await log.ListAsync("tenant-a", "t1", null, 10);
        Assert.Equal(["fire-1"], page.Items.Select(decision => decision.FireIdentity)); // today's retry wrote it twice
    }

    [Fact]
    public async Task TryAdvanceCheckpoint_ToTheSameInstantFromTheSameReadOnTwoServers_TheSecondStillLoses()
    {
        var table = await TableAsync(new LostAnswerPolicy());
        ITriggerCheckpoints first = new TableTriggerState(table), second = new TableTriggerState(table);
        var read = await first.TryAdvanceAsync("tenant-a", "nightly", null, T0);

        var won = await first.TryAdvanceAsync("tenant-a", "nightly", read, T0.AddMinutes(1));
        var lost = await second.TryAdvanceAsync("tenant-a", "nightly", read, T0.AddMinutes(1)); // identical values, its own write id

        Assert.NotNull(won);
        Assert.Null(lost); // a concurrent change, as before: the row is not this write's own landed attempt
    }
}
