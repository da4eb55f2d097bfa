using System.Diagnostics;
using Azure.Data.Tables;

namespace JobForge.Events.Benchmarks;

/// <summary>The Azurite batch-write ceiling: 100-entity inserts of event-sized (1.2 KB) entities, 8 concurrent.</summary>
internal static class BatchCeiling
{
    private static int s_calls;

    public static async Task<double> MeasureAsync(TableServiceClient tables, TimeSpan duration)
    {
        var table = tables.GetTableClient("ceiling");
        await table.CreateIfNotExistsAsync();
        var document = new string('x', 1200);
        var call = Interlocked.Increment(ref s_calls); // each measurement writes its own partitions
        long batches = 0;
        var started = Stopwatch.GetTimestamp();
        var stopAt = started + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        await Task.WhenAll(Enumerable.Range(0, 8).Select(async worker =>
        {
            for (var round = 0; Stopwatch.GetTimestamp() < stopAt; round++)
            {
                var partition = $"c{call}w{worker}r{round}";
                await table.SubmitTransactionAsync(Enumerable.Range(0, 100)
                    .Select(i => new TableTransactionAction(TableTransactionActionType.Add, new TableEntity(partition, "e" + i) { ["Doc"] = document }))
                    .ToList());
                Interlocked.Increment(ref batches);
            }
        }));
        return batches * 100 / Stopwatch.GetElapsedTime(started).TotalSeconds;
    }
}
