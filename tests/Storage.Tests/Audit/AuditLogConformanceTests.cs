using JobForge.Domain.Audit;
using JobForge.Storage.Audit;
using static JobForge.Storage.Tests.Audit.AuditTestRecords;

namespace JobForge.Storage.Tests.Audit;

/// <summary>The contract of <see cref="IAuditLog"/>, run against every implementation.</summary>
public abstract partial class AuditLogConformanceTests : IAsyncLifetime
{
    private IAuditLog? _log;

    protected IAuditLog Log => _log ?? throw new InvalidOperationException("Not initialized.");

    public async Task InitializeAsync() => _log = await CreateLogAsync();

    public async Task DisposeAsync()
    {
        if (_log is IAsyncDisposable disposable)
        {
            await disposable.DisposeAsync();
        }
    }

    protected abstract Task<IAuditLog> CreateLogAsync();

    [Fact]
    public async Task Query_AfterRecords_ReturnsThemNewestFirstWithEveryField()
    {
        await Task.WhenAll(Log.RecordAsync(At(2)), Log.RecordAsync(At(0)), Log.RecordAsync(At(1, decision: "deny", reason: "duplicate")));

        var page = await Log.QueryAsync("tenant-a", new AuditQuery());

        Assert.Equal(["2", "1", "0"], page.Records.Select(N));
        Assert.Null(page.NextCursor);
        var middle = page.Records[1];
        Assert.Equal(("tenant-a", "event_ingest", "deny", "duplicate"), (middle.TenantId, middle.Action, middle.Decision, middle.Reason));
        Assert.Equal(Start.AddSeconds(1), middle.At);
        Assert.Equal(TimeSpan.Zero, middle.At.Offset);
        Assert.Equal(("key-1", "actor-1", "trace-1"), (middle.KeyId, middle.ActorId, middle.TraceId));
    }

    [Fact]
    public async Task Query_RecordsAtTheSameInstant_ReturnsTheLaterRecordedFirst()
    {
        foreach (var n in new[] { "first", "second", "third" })
        {
            await Log.RecordAsync(At(5) with { Details = new Dictionary<string, string> { ["n"] = n } });
        }

        var page = await Log.QueryAsync("tenant-a", new AuditQuery());

        Assert.Equal(["third", "second", "first"], page.Records.Select(N));
    }

    [Fact]
    public async Task Query_ForAnotherTenant_NeverSeesTheRecords()
    {
        await Task.WhenAll(Log.RecordAsync(At(1, tenant: "tenant-a")), Log.RecordAsync(At(2, tenant: "tenant-b")));

        var a = await Log.QueryAsync("tenant-a", new AuditQuery());
        var b = await Log.QueryAsync("tenant-b", new AuditQuery());
        var c = await Log.QueryAsync("tenant-c", new AuditQuery());

        Assert.Equal(["tenant-a"], a.Records.Select(r => r.TenantId));
        Assert.Equal(["tenant-b"], b.Records.Select(r => r.TenantId));
        Assert.Empty(c.Records);
    }

    [Fact]
    public async Task Query_ByActionAndDecision_ReturnsOnlyMatches()
    {
        await Task.WhenAll(
            Log.RecordAsync(At(1, action: "event_ingest", decision: "allow")),
            Log.RecordAsync(At(2, action: "event_ingest", decision: "deny")),
            Log.RecordAsync(At(3, action: "rate_limit_hit", decision: "deny")),
            Log.RecordAsync(At(4, action: "replay_detected", decision: "deny")));

        var denies = await Log.QueryAsync("tenant-a", new AuditQuery(Decision: "deny"));
        var ingestDenies = await Log.QueryAsync("tenant-a", new AuditQuery(Action: "event_ingest", Decision: "deny"));
        var rateLimits = await Log.QueryAsync("tenant-a", new AuditQuery(Action: "rate_limit_hit"));

        Assert.Equal(["4", "3", "2"], denies.Records.Select(N));
        Assert.Equal(["2"], ingestDenies.Records.Select(N));
        Assert.Equal(["3"], rateLimits.Records.Select(N));
    }

    [Fact]
    public async Task Query_SinceAndUntil_IncludeSinceAndExcludeUntil()
    {
        await Task.WhenAll(Enumerable.Range(0, 10).Select(i => Log.RecordAsync(At(i))));

        var page = await Log.QueryAsync("tenant-a", new AuditQuery(Since: Start.AddSeconds(3), Until: Start.AddSeconds(7)));
        var sinceOnly = await Log.QueryAsync("tenant-a", new AuditQuery(Since: Start.AddSeconds(8)));
        var untilOnly = await Log.QueryAsync("tenant-a", new AuditQuery(Until: Start.AddSeconds(2)));
        var offset = await Log.QueryAsync("tenant-a", new AuditQuery(Since: new DateTimeOffset(2026, 3, 1, 14, 0, 9, TimeSpan.FromHours(2))));

        Assert.Equal(["6", "5", "4", "3"], page.Records.Select(N));
        Assert.Equal(["9", "8"], sinceOnly.Records.Select(N));
        Assert.Equal(["1", "0"], untilOnly.Records.Select(N));
        Assert.Equal(["9"], offset.Records.Select(N));
    }

    [Theory]
    [InlineData(100)]
    [InlineData(1000)]
    [InlineData(7)]
    public async Task Query_PagedOverMoreThanAThousandRecords_ReturnsEachExactlyOnceInOrder(int limit)
    {
        const int total = 1_050;
        await Task.WhenAll(Enumerable.Range(0, total).Select(i => Log.RecordAsync(At(i, decision: i % 3 == 0 ? "deny" : "allow"))));

        var all = await ReadAllAsync(Log, "tenant-a", new AuditQuery(Limit: limit));
        var denies = await ReadAllAsync(Log, "tenant-a", new AuditQuery(Decision: "deny", Limit: limit));

        Assert.Equal(Enumerable.Range(0, total).Reverse().Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)), all.Select(N));
        Assert.Equal(Enumerable.Range(0, total).Where(i => i % 3 == 0).Reverse().Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)), denies.Select(N));
    }
}
