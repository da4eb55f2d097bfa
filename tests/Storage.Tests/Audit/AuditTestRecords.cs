using JobForge.Domain.Audit;

namespace JobForge.Storage.Tests.Audit;

internal static class AuditTestRecords
{
    public static readonly DateTimeOffset Start = new(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);

    public static AuditRecord At(int second, string tenant = "tenant-a", string action = "event_ingest", string decision = "allow",
        string reason = "accepted", IReadOnlyDictionary<string, string>? details = null) =>
        new(tenant, action, decision, reason, Start.AddSeconds(second), "key-1", "actor-1", "trace-1",
            details ?? new Dictionary<string, string> { ["n"] = second.ToString(System.Globalization.CultureInfo.InvariantCulture) });

    public static async Task<List<AuditRecord>> ReadAllAsync(IAuditLog log, string tenant, AuditQuery query)
    {
        var all = new List<AuditRecord>();
        var cursor = query.Cursor;
        var pages = 0;
        do
        {
            var page = await log.QueryAsync(tenant, query with { Cursor = cursor });
            Assert.True(page.Records.Count <= query.Limit);
            all.AddRange(page.Records);
            cursor = page.NextCursor;
            Assert.True(++pages < 10_000, "paging did not end");
        }
        while (cursor is not null);

        return all;
    }

    public static string N(AuditRecord record) => record.Details!["n"];
}
