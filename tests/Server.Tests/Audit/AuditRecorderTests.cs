using JobForge.TestKit.Logging;
using System.Net;
using System.Text.Json;
using JobForge.Domain.Audit;
using JobForge.Domain.Auth;
using JobForge.Application.Audit;
using JobForge.Application.Auth;
using JobForge.Application.Flags;
using JobForge.Storage.Audit;
using JobForge.TestKit;
using Microsoft.Extensions.Time.Testing;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace JobForge.Server.Tests.Audit;

public sealed class AuditRecorderTests
{
    [Fact]
    public async Task Record_WithFlagOn_StampsTimeTraceAndKeyAndStoresRedacted()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 5, 1, 8, 0, 0, TimeSpan.Zero));
        var log = new InMemoryAuditLog();
        var recorder = new AuditRecorder(log, Flags(enabled: true), time, NullLogger<AuditRecorder>.Instance);
        var context = new DefaultHttpContext { TraceIdentifier = "trace-xyz" };
        context.SetCaller(new Caller("key-7", "tenant-a", ["events:write"]));

        recorder.Record(context, "tenant-a", "rate_limit_hit", "deny", "tenant_limit",
            new Dictionary<string, string> { ["limit"] = "100/min", ["token"] = "abc" });

        var record = Assert.Single((await log.QueryAsync("tenant-a", new AuditQuery())).Records);
        Assert.Equal(("rate_limit_hit", "deny", "tenant_limit"), (record.Action, record.Decision, record.Reason));
        Assert.Equal(time.GetUtcNow(), record.At);
        Assert.Equal("key-7", record.KeyId);
        Assert.Equal(System.Diagnostics.Activity.Current?.TraceId.ToHexString() ?? "trace-xyz", record.TraceId);
        Assert.Equal("100/min", record.Details!["limit"]);
        Assert.Equal("[REDACTED]", record.Details["token"]);
    }

    [Fact]
    public void Record_WithFlagOff_StoresNothing()
    {
        var log = new InMemoryAuditLog();
        var recorder = new AuditRecorder(log, Flags(enabled: false), TimeProvider.System, NullLogger<AuditRecorder>.Instance);

        recorder.Record(new DefaultHttpContext(), "tenant-a", "event_ingest", "allow", "accepted");

        Assert.Equal(0, log.Count);
    }

    [Fact]
    public async Task Record_WhenTheLogFails_DoesNotThrowAndLogsTheFailure()
    {
        var logger = new ListLogger<AuditRecorder>();
        var recorder = new AuditRecorder(new FailingAuditLog(), Flags(enabled: true), TimeProvider.System, logger);

        recorder.Record(new DefaultHttpContext(), null, "authentication_failed", "deny", "invalid_api_key");
        recorder.Record(new DefaultHttpContext(), "tenant-a", "event_ingest", "maybe", "bad decision");

        await Eventually.TrueAsync(() => Task.FromResult(logger.Entries.Count(e => e.EventId == 6021) == 2), TimeSpan.FromSeconds(5), "two failures logged");
    }

    [Fact]
    public async Task Recorder_WithTableLog_WritesRecordsTheEndpointReadsBack()
    {
        await using var server = await AuditTestServer.StartAsync(table: true);
        var recorder = server.Server.App.Services.GetRequiredService<AuditRecorder>();
        var context = new DefaultHttpContext();
        context.SetCaller(new Caller("key-a", "tenant-a", ["events:write"]));

        for (var i = 0; i < 30; i++)
        {
            recorder.Record(context, "tenant-a", "event_ingest", i % 2 == 0 ? "allow" : "deny", "accepted",
                new Dictionary<string, string> { ["event_id"] = "evt-" + i, ["authorization"] = "Bearer x" });
        }

        recorder.Record(context, "tenant-b", "event_ingest", "allow", "accepted");

        JsonElement[] records = [];
        await Eventually.TrueAsync(async () =>
        {
            using var response = await server.GetAsync("/api/v1/audit?limit=1000");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
            records = body.RootElement.GetProperty("records").EnumerateArray().Select(r => r.Clone()).ToArray();
            return records.Length == 30;
        }, TimeSpan.FromSeconds(20), "30 audit records readable");

        Assert.All(records, r => Assert.Equal("tenant-a", r.GetProperty("tenant_id").GetString()));
        Assert.All(records, r => Assert.Equal("[REDACTED]", r.GetProperty("details").GetProperty("authorization").GetString()));
        Assert.Equal(30, records.Select(r => r.GetProperty("details").GetProperty("event_id").GetString()).Distinct().Count());
    }

    private static FeatureFlagsReader Flags(bool enabled) => new(new ConfigurationBuilder()
        .AddInMemoryCollection(new Dictionary<string, string?> { ["JOBFORGE_AUDIT_LOGGING_ENABLED"] = enabled ? "1" : "0" })
        .Build());

    private sealed class FailingAuditLog : IAuditLog
    {
        public Task RecordAsync(AuditRecord record, CancellationToken cancellationToken = default) =>
            record.Decision == "maybe" ? throw new ArgumentException("bad decision") : Task.FromException(new InvalidOperationException("storage down"));

        public Task<AuditPage> QueryAsync(string tenantId, AuditQuery query, CancellationToken cancellationToken = default) =>
            throw new NotSupportedException();
    }
}
