using System.Net;
using System.Text.Json;
using JobForge.Domain.Audit;

namespace JobForge.Server.Tests.Audit;

public sealed partial class AuditEndpointTests
{
    private static readonly DateTimeOffset Start = new(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Get_WithoutCaller_Is401Unauthorized()
    {
        await using var server = await AuditTestServer.StartAsync();

        using var response = await server.GetAsync("/api/v1/audit", caller: null);

        await AssertErrorAsync(response, HttpStatusCode.Unauthorized, "unauthorized");
    }

    [Theory]
    [InlineData("key-a;tenant-a;events:write")]
    [InlineData("key-a;tenant-a;audit:write")]
    [InlineData("key-a;*;events:*")]
    public async Task Get_WithoutAuditReadScope_Is403Forbidden(string caller)
    {
        await using var server = await AuditTestServer.StartAsync();

        using var response = await server.GetAsync("/api/v1/audit?tenant_id=tenant-a", caller);

        using var error = await AssertErrorAsync(response, HttpStatusCode.Forbidden, "forbidden");
        Assert.Equal("audit:read", error.RootElement.GetProperty("error").GetProperty("details").GetProperty("required_scope").GetString());
    }

    [Theory]
    [InlineData("tenant-b")]
    [InlineData("_system")]
    public async Task Get_ForTenantTheKeyDoesNotCover_Is403Forbidden(string tenant)
    {
        await using var server = await AuditTestServer.StartAsync();
        await server.Log!.RecordAsync(Record(tenant, 1));

        using var response = await server.GetAsync("/api/v1/audit?tenant_id=" + tenant);

        await AssertErrorAsync(response, HttpStatusCode.Forbidden, "forbidden");
    }

    [Fact]
    public async Task Get_WithFlagOff_Is403FeatureDisabledNamingTheFlag()
    {
        await using var server = await AuditTestServer.StartAsync(enabled: false);

        using var response = await server.GetAsync("/api/v1/audit");

        using var error = await AssertErrorAsync(response, HttpStatusCode.Forbidden, "feature_disabled");
        Assert.Contains("JOBFORGE_AUDIT_LOGGING_ENABLED", error.RootElement.GetProperty("error").GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_TenantKey_ReadsItsOwnTenantNewestFirstInTheDocumentedShape()
    {
        await using var server = await AuditTestServer.StartAsync();
        await server.Log!.RecordAsync(Record("tenant-a", 1, "allow", new Dictionary<string, string> { ["event_id"] = "evt-1", ["api_key"] = "jf_secret" }));
        await server.Log.RecordAsync(Record("tenant-a", 2, "deny") with { KeyId = null, ActorId = null });
        await server.Log.RecordAsync(Record("tenant-b", 3, "deny"));

        using var response = await server.GetAsync("/api/v1/audit");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var root = body.RootElement;
        Assert.Equal(["next_cursor", "records"], root.EnumerateObject().Select(p => p.Name).Order());
        Assert.Equal(JsonValueKind.Null, root.GetProperty("next_cursor").ValueKind);
        var records = root.GetProperty("records").EnumerateArray().ToList();
        Assert.Equal(2, records.Count);
        Assert.Equal(
            ["action", "actor_id", "at", "decision", "details", "key_id", "reason", "tenant_id", "trace_id"],
            records[1].EnumerateObject().Select(p => p.Name).Order());
        Assert.Equal("deny", records[0].GetProperty("decision").GetString());
        Assert.Equal(JsonValueKind.Null, records[0].GetProperty("key_id").ValueKind);
        var older = records[1];
        Assert.Equal("tenant-a", older.GetProperty("tenant_id").GetString());
        Assert.Equal("event_ingest", older.GetProperty("action").GetString());
        Assert.Equal("allow", older.GetProperty("decision").GetString());
        Assert.Equal("accepted", older.GetProperty("reason").GetString());
        Assert.Equal(Start.AddSeconds(1), older.GetProperty("at").GetDateTimeOffset());
        Assert.Equal("key-a", older.GetProperty("key_id").GetString());
        Assert.Equal("trace-1", older.GetProperty("trace_id").GetString());
        Assert.Equal("evt-1", older.GetProperty("details").GetProperty("event_id").GetString());
        Assert.Equal("[REDACTED]", older.GetProperty("details").GetProperty("api_key").GetString());
    }

    [Fact]
    public async Task Get_WithFiltersAndCursor_PagesThroughEachMatchOnce()
    {
        await using var server = await AuditTestServer.StartAsync();
        for (var i = 0; i < 25; i++)
        {
            await server.Log!.RecordAsync(Record("tenant-a", i, i % 2 == 0 ? "deny" : "allow"));
        }

        var seen = new List<string>();
        string? cursor = null;
        var query = "/api/v1/audit?tenant_id=tenant-a&decision=deny&since=2026-03-01T13:00:02%2B01:00&until=2026-03-01T12:00:20Z&limit=3";
        do
        {
            using var response = await server.GetAsync(query + (cursor is null ? string.Empty : "&cursor=" + Uri.EscapeDataString(cursor)));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
            seen.AddRange(body.RootElement.GetProperty("records").EnumerateArray().Select(r => r.GetProperty("details").GetProperty("n").GetString()!));
            cursor = body.RootElement.GetProperty("next_cursor").GetString();
        }
        while (cursor is not null);

        Assert.Equal(["18", "16", "14", "12", "10", "8", "6", "4", "2"], seen);
    }

    [Fact]
    public async Task Get_OperatorKey_ReadsAnyTenantAndTheSystemTenant()
    {
        await using var server = await AuditTestServer.StartAsync();
        await server.Log!.RecordAsync(Record("bad/tenant", 1, "deny"));
        await server.Log.RecordAsync(Record("tenant-b", 2, "allow"));

        using var system = await server.GetAsync("/api/v1/audit?tenant_id=_system", "ops-1;*;audit:*");
        using var tenantB = await server.GetAsync("/api/v1/audit?tenant_id=tenant-b", "ops-1;*;*");

        Assert.Equal(HttpStatusCode.OK, system.StatusCode);
        Assert.Equal(HttpStatusCode.OK, tenantB.StatusCode);
        using var body = JsonDocument.Parse(await system.Content.ReadAsStringAsync());
        var record = Assert.Single(body.RootElement.GetProperty("records").EnumerateArray());
        Assert.Equal("_system", record.GetProperty("tenant_id").GetString());
        Assert.Equal("bad/tenant", record.GetProperty("details").GetProperty("claimed_tenant_id").GetString());
    }

    internal static AuditRecord Record(string tenant, int second, string decision = "allow", Dictionary<string, string>? details = null)
    {
        details ??= [];
        details["n"] = second.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return new AuditRecord(tenant, "event_ingest", decision, decision == "allow" ? "accepted" : "duplicate",
            Start.AddSeconds(second), "key-a", "actor-1", "trace-1", details);
    }

    internal static async Task<JsonDocument> AssertErrorAsync(HttpResponseMessage response, HttpStatusCode status, string type)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(status == response.StatusCode, $"expected {(int)status}, got {(int)response.StatusCode}: {text}");
        var body = JsonDocument.Parse(text);
        Assert.Equal(type, body.RootElement.GetProperty("error").GetProperty("type").GetString());
        return body;
    }
}
