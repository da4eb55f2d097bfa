using Azure.Data.Tables;
using JobForge.Domain.Triggers;
using JobForge.Storage.Tests.Tables;
using JobForge.Storage.Triggers;
using JobForge.TestKit;

namespace JobForge.Storage.Tests.Triggers;

/// <summary>
/// Trigger state written before the sharded layout (one partition per trigger, RowKey the kind) still counts after an
/// upgrade: a checkpoint keeps covered slots from firing again, counters keep their cooldown, and the next write moves
/// each to the new layout.
/// </summary>
public sealed class TableTriggerStateLegacyLayoutTests
{
    [Fact]
    public async Task CheckpointAndCounters_FromTheLayoutBeforeShards_AreReadAndMovedOnTheNextWrite()
    {
        var table = (await TableTestTables.ServiceAsync()).GetTableClient(UniqueNames.Next("trglegacy"));
        await table.CreateIfNotExistsAsync();
        var handled = new DateTimeOffset(2026, 12, 5, 10, 0, 0, TimeSpan.Zero);
        await table.AddEntityAsync(new TableEntity("tenant-a|nightly", "checkpoint") { ["HandledThrough"] = handled });
        await table.AddEntityAsync(new TableEntity("tenant-a|nightly", "counters")
        {
            ["LastFiredAt"] = handled, ["HourStart"] = handled, ["CountInHour"] = 3, ["LastFireIdentity"] = "cron:nightly:1",
        });
        var state = new TableTriggerState(table);
        ITriggerCheckpoints checkpoints = state;
        ITriggerCounters counters = state;

        var checkpoint = await checkpoints.GetAsync("tenant-a", "nightly");
        var read = await counters.GetAsync("tenant-a", "nightly");

        Assert.Equal(handled, checkpoint?.HandledThrough);
        Assert.Equal((handled, 3, "cron:nightly:1"), (read.LastFiredAt, read.CountInHour, read.LastFireIdentity));
        Assert.Null(await checkpoints.GetAsync("tenant-b", "nightly")); // tenant-scoped, as before

        var advanced = await checkpoints.TryAdvanceAsync("tenant-a", "nightly", checkpoint, handled.AddMinutes(1));
        var fired = await counters.TryRecordFireAsync("tenant-a", "nightly", read, handled.AddMinutes(1), "cron:nightly:2");

        Assert.NotNull(advanced);
        Assert.NotNull(fired);
        Assert.Equal(handled.AddMinutes(1), (await checkpoints.GetAsync("tenant-a", "nightly"))?.HandledThrough);
        Assert.Equal("cron:nightly:2", (await counters.GetAsync("tenant-a", "nightly")).LastFireIdentity);
    }
}
