using System.Text;
using JobForge.Domain.Audit;
using JobForge.Storage.Audit;
using static JobForge.Storage.Tests.Audit.AuditTestRecords;

namespace JobForge.Storage.Tests.Audit;

/// <content>Cursors, limits and what is stored of hostile records.</content>
public abstract partial class AuditLogConformanceTests
{
    [Theory]
    [InlineData("not a cursor")]
    [InlineData("YWJj")]
    [InlineData("")]
    [InlineData("YTEKMDAwMDAwMDAwMDAwMDAwMAoxMjM")]
    public async Task Query_WithMalformedCursor_ThrowsAuditCursorException(string cursor)
    {
        await Log.RecordAsync(At(1));

        await Assert.ThrowsAsync<AuditCursorException>(() => Log.QueryAsync("tenant-a", new AuditQuery(Cursor: cursor)));
    }

    [Fact]
    public async Task Query_WithTenThousandCharacterCursor_ThrowsAuditCursorException()
    {
        await Assert.ThrowsAsync<AuditCursorException>(() => Log.QueryAsync("tenant-a", new AuditQuery(Cursor: new string('A', 10_000))));
    }

    [Fact]
    public async Task Query_WithCursorOfAnotherTenantOrOtherFilters_ThrowsAuditCursorException()
    {
        await Task.WhenAll(Enumerable.Range(0, 5).Select(i => Log.RecordAsync(At(i))).Append(Log.RecordAsync(At(1, tenant: "tenant-b"))));
        var first = await Log.QueryAsync("tenant-a", new AuditQuery(Limit: 2));
        Assert.NotNull(first.NextCursor);

        await Assert.ThrowsAsync<AuditCursorException>(() => Log.QueryAsync("tenant-b", new AuditQuery(Limit: 2, Cursor: first.NextCursor)));
        await Assert.ThrowsAsync<AuditCursorException>(() => Log.QueryAsync("tenant-a", new AuditQuery(Decision: "deny", Cursor: first.NextCursor)));
        var tampered = first.NextCursor![..^2] + (first.NextCursor[^2] == 'A' ? "B" : "A") + first.NextCursor[^1];
        await Assert.ThrowsAsync<AuditCursorException>(() => Log.QueryAsync("tenant-a", new AuditQuery(Cursor: tampered)));
        var resumed = await Log.QueryAsync("tenant-a", new AuditQuery(Limit: 10, Cursor: first.NextCursor));
        Assert.Equal(["2", "1", "0"], resumed.Records.Select(N));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(1001)]
    public async Task Query_WithLimitOutOfRange_Throws(int limit)
    {
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => Log.QueryAsync("tenant-a", new AuditQuery(Limit: limit)));
    }

    [Fact]
    public async Task Record_WithSensitiveDetails_StoresThemRedactedAndCapped()
    {
        var details = new Dictionary<string, string>
        {
            ["password"] = "hunter2",
            ["api_key"] = "jf_live_abc",
            ["Authorization"] = "Bearer abc.def",
            ["github_token"] = "ghp_x",
            ["client-secret"] = "s3cr3t",
            ["header"] = "Bearer abc.def",
            ["event_id"] = "evt-1",
            ["body"] = new string('x', 5_000),
            ["ctl"] = "a\u0000b\u001bc\nd",
            [new string('k', 300)] = "long key",
        };

        await Log.RecordAsync(At(1, details: details));
        var stored = Assert.Single((await Log.QueryAsync("tenant-a", new AuditQuery())).Records).Details!;

        foreach (var key in new[] { "password", "api_key", "Authorization", "github_token", "client-secret", "header" })
        {
            Assert.Equal("[REDACTED]", stored[key]);
        }

        Assert.Equal("evt-1", stored["event_id"]);
        Assert.Equal(AuditRecordSanitizer.MaxValueLength, stored["body"].Length);
        Assert.EndsWith("…", stored["body"], StringComparison.Ordinal);
        Assert.Equal("a\uFFFDb\uFFFDc\uFFFDd", stored["ctl"]);
        Assert.Contains(stored.Keys, key => key.Length == AuditRecordSanitizer.MaxKeyLength && key.StartsWith("kkk", StringComparison.Ordinal));
        Assert.DoesNotContain(stored.Values, value => value.Contains("hunter2", StringComparison.Ordinal) || value.Contains("abc.def", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Record_WithTooManyOrTooLargeDetails_KeepsABoundedNumber()
    {
        var many = Enumerable.Range(0, 100).ToDictionary(i => "d" + i, i => new string('"', 600));

        await Log.RecordAsync(At(1, details: many));
        var stored = Assert.Single((await Log.QueryAsync("tenant-a", new AuditQuery())).Records).Details!;

        Assert.True(stored.Count <= AuditRecordSanitizer.MaxDetails, $"{stored.Count} details kept");
        Assert.Contains("more details dropped", stored[AuditRecordSanitizer.TruncatedKey], StringComparison.Ordinal);
        Assert.Equal("d0", stored.Keys.First());
    }

    [Theory]
    [InlineData("tenant/with/slash")]
    [InlineData("tenant\u0000nul")]
    [InlineData("")]
    [InlineData("ünïcode")]
    public async Task Record_WithUnstorableTenant_IsKeptUnderSystemTenant(string tenant)
    {
        await Log.RecordAsync(At(1, tenant: tenant, decision: "deny", reason: "invalid_tenant_id"));

        var record = Assert.Single((await Log.QueryAsync(AuditRecord.SystemTenant, new AuditQuery())).Records);
        Assert.Equal(AuditRecord.SystemTenant, record.TenantId);
        if (tenant.Length > 0)
        {
            Assert.Equal(AuditRecordSanitizer.Clean(tenant, 64), record.Details![AuditRecordSanitizer.ClaimedTenantKey]);
        }
    }

    [Theory]
    [InlineData("maybe", "reason")]
    [InlineData("allow", "")]
    [InlineData("Allow", "reason")]
    public async Task Record_WithUnknownDecisionOrEmptyReason_Faults(string decision, string reason)
    {
        await Assert.ThrowsAnyAsync<ArgumentException>(() => Log.RecordAsync(At(1, decision: decision, reason: reason)));
        Assert.Empty((await Log.QueryAsync("tenant-a", new AuditQuery())).Records);
    }

    [Fact]
    public async Task Record_WithLongFieldsAndUnicode_RoundTripsCappedText()
    {
        var reason = "raison_é_日本_" + new string('r', 400);
        await Log.RecordAsync(At(1, reason: reason) with { TraceId = "t\r\n" + new string('9', 300) });

        var record = Assert.Single((await Log.QueryAsync("tenant-a", new AuditQuery())).Records);

        Assert.Equal(AuditRecordSanitizer.Clean(reason, AuditRecordSanitizer.MaxFieldLength), record.Reason);
        Assert.StartsWith("t\uFFFD\uFFFD999", record.TraceId, StringComparison.Ordinal);
        Assert.Equal(AuditRecordSanitizer.MaxFieldLength, record.TraceId!.Length);
        Assert.Equal(Encoding.UTF8.GetByteCount(record.Reason), Encoding.UTF8.GetByteCount(AuditRecordSanitizer.Clean(reason, 128)));
    }
}
