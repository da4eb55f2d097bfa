using System.Collections.Concurrent;
using System.Diagnostics;
using JobForge.Domain.Runs;

namespace JobForge.Runs.Benchmarks;

/// <summary>Requests runs of one template across tenants, closed-loop or at a fixed rate, and reads their outcomes back.</summary>
internal sealed class RunLoad(HttpClient http, string templateKey, IReadOnlyList<(string Tenant, string ApiKey)> tenants)
{
    public ConcurrentQueue<(string Tenant, string RunId)> Requested { get; } = new();

    public long Errors;

    private int _next;

    public async Task ClosedLoopAsync(int clients, TimeSpan duration)
    {
        var stop = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, clients).Select(async _ =>
        {
            while (stop.Elapsed < duration)
            {
                await RequestOneAsync();
            }
        }));
    }

    public async Task FixedRateAsync(int perSecond, TimeSpan duration)
    {
        var interval = TimeSpan.FromSeconds(1.0 / perSecond);
        var clock = Stopwatch.StartNew();
        var pending = new List<Task>();
        for (var i = 0; clock.Elapsed < duration; i++)
        {
            var due = interval * i;
            if (due > clock.Elapsed)
            {
                await Task.Delay(due - clock.Elapsed);
            }

            pending.Add(RequestOneAsync());
        }

        await Task.WhenAll(pending);
    }

    private async Task RequestOneAsync()
    {
        var (tenant, apiKey) = tenants[Interlocked.Increment(ref _next) % tenants.Count];
        try
        {
            using var response = await BenchServer.SendAsync(http, HttpMethod.Post, apiKey, "/api/v1/jobs",
                $$$$"""{"tenant_id":"{{{{tenant}}}}","template_key":"{{{{templateKey}}}}","inputs":{"n":{{{{_next}}}}}}""");
            var body = await BenchServer.JsonAsync(response);
            Requested.Enqueue((tenant, body.GetProperty("run_id").GetString()!));
        }
        catch (Exception ex) when (ex is HttpRequestException or InvalidOperationException or TaskCanceledException)
        {
            Interlocked.Increment(ref Errors);
        }
    }

    /// <summary>Waits until every requested run is terminal (or the timeout passes); returns their records.</summary>
    public static async Task<List<RunRecord>> CollectAsync(IRunExecutionStore store, IEnumerable<string> tenantIds, int expected, TimeSpan timeout)
    {
        var clock = Stopwatch.StartNew();
        List<RunRecord> all;
        do
        {
            all = [];
            foreach (var tenant in tenantIds)
            {
                string? cursor = null;
                do
                {
                    var page = await store.ListRunsAsync(tenant, new RunListQuery(200, cursor));
                    all.AddRange(page.Runs);
                    cursor = page.NextCursor;
                }
                while (cursor is not null);
            }

            if (all.Count >= expected && all.All(r => r.State?.FinishedAt is not null))
            {
                break;
            }

            await Task.Delay(500);
        }
        while (clock.Elapsed < timeout);

        return all;
    }
}
