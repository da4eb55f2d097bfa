using System.Net;
using System.Text.Json;
using JobForge.Domain.Auth;
using JobForge.Application.Audit;
using JobForge.Application.Auth;
using JobForge.Application.Flags;
using JobForge.Storage.Audit;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace JobForge.Server.Tests.Audit;

/// <content>Malformed, oversized and hostile queries: always a 400, never a 500.</content>
public sealed partial class AuditEndpointTests
{
    public static TheoryData<string, string, string> MalformedQueries() => new()
    {
        { "tenant_id=tenant-a&tenat_id=x", "tenat_id", "unknown_field" },
        { "TENANT_ID=tenant-a", "TENANT_ID", "unknown_field" },
        { "limit=5&limit=6", "limit", "duplicate_field" },
        { "decision=maybe", "decision", "invalid_value" },
        { "decision=ALLOW", "decision", "invalid_value" },
        { "decision=", "decision", "invalid_format" },
        { "action=Event%20Ingest", "action", "invalid_format" },
        { "action=event_ingest%0A", "action", "invalid_format" },
        { "action=a%00b", "action", "invalid_format" },
        { "since=2026-03-01", "since", "invalid_format" },
        { "since=2026-03-01T12:00:00", "since", "invalid_format" },
        { "until=yesterday", "until", "invalid_format" },
        { "until=2026-13-01T12:00:00Z", "until", "invalid_format" },
        { "since=2026-03-02T00:00:00Z&until=2026-03-01T00:00:00Z", "since", "conflict" },
        { "limit=0", "limit", "out_of_range" },
        { "limit=1001", "limit", "out_of_range" },
        { "limit=-1", "limit", "out_of_range" },
        { "limit=1e3", "limit", "out_of_range" },
        { "limit=99999999999999999999", "limit", "out_of_range" },
        { "cursor=not-a-cursor", "cursor", "invalid_value" },
        { "cursor=%00%01%02", "cursor", "invalid_value" },
        { "tenant_id=a/b", "tenant_id", "invalid_format" },
        { "tenant_id=", "tenant_id", "invalid_format" },
    };

    [Theory]
    [MemberData(nameof(MalformedQueries))]
    public async Task Get_WithMalformedQuery_Is400ValidationFailedAtThePath(string query, string path, string code)
    {
        await using var server = await AuditTestServer.StartAsync();

        using var response = await server.GetAsync("/api/v1/audit?" + query, "key-a;tenant-a;audit:read");

        using var error = await AssertErrorAsync(response, HttpStatusCode.BadRequest, "validation_failed");
        var details = error.RootElement.GetProperty("error").GetProperty("details").EnumerateArray().ToList();
        Assert.Contains(details, d => d.GetProperty("path").GetString() == path && d.GetProperty("code").GetString() == code
            && !string.IsNullOrWhiteSpace(d.GetProperty("message").GetString()));
    }

    [Fact]
    public async Task Get_OperatorKeyWithoutTenant_Is400Required()
    {
        await using var server = await AuditTestServer.StartAsync();

        using var response = await server.GetAsync("/api/v1/audit", "ops-1;*;audit:read");

        using var error = await AssertErrorAsync(response, HttpStatusCode.BadRequest, "validation_failed");
        var detail = Assert.Single(error.RootElement.GetProperty("error").GetProperty("details").EnumerateArray());
        Assert.Equal(("tenant_id", "required"), (detail.GetProperty("path").GetString(), detail.GetProperty("code").GetString()));
    }

    [Theory]
    [InlineData("cursor", 600)]
    [InlineData("cursor", 7_000)]
    [InlineData("action", 7_000)]
    [InlineData("tenant_id", 7_000)]
    [InlineData("x", 7_000)]
    public async Task Get_WithVeryLongParameter_Is400(string name, int length)
    {
        await using var server = await AuditTestServer.StartAsync();
        var value = new string('A', length);

        using var response = await server.GetAsync($"/api/v1/audit?{name}={value}");

        using var error = await AssertErrorAsync(response, HttpStatusCode.BadRequest, "validation_failed");
        Assert.DoesNotContain(value, error.RootElement.GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_WithHostileNamesAndValues_Is400WithCleanedPaths()
    {
        await using var server = await AuditTestServer.StartAsync();

        using var response = await server.GetAsync("/api/v1/audit?%00%1b%5b31m=1&" + new string('n', 3_000) + "=1&action=%E2%80%AEevil&since=%EF%BC%92026");

        using var error = await AssertErrorAsync(response, HttpStatusCode.BadRequest, "validation_failed");
        var paths = error.RootElement.GetProperty("error").GetProperty("details").EnumerateArray().Select(d => d.GetProperty("path").GetString()!).ToList();
        Assert.All(paths, p => Assert.True(p.Length <= 64 && !p.Any(char.IsControl), p));
        Assert.Contains("action", paths);
        Assert.Contains("since", paths);
    }

    [Fact]
    public async Task Get_WithTenThousandCharacterCursor_IsAClientErrorNeverA500()
    {
        await using var server = await AuditTestServer.StartAsync();

        // Beyond Kestrel's 8 KiB request line the server itself refuses it (414); the handler alone answers 400 (below).
        using var response = await server.GetAsync("/api/v1/audit?cursor=" + new string('A', 10_000));

        Assert.InRange((int)response.StatusCode, 400, 499);
    }

    [Fact]
    public async Task ListAsync_WithTenThousandCharacterCursor_Is400AtPathCursor()
    {
        var context = new DefaultHttpContext
        {
            RequestServices = new ServiceCollection().AddSingleton(TimeProvider.System).BuildServiceProvider(),
        };
        context.Request.QueryString = new QueryString("?cursor=" + new string('A', 10_000));
        context.SetCaller(new Caller("key-a", "tenant-a", ["audit:read"]));
        var flags = new FeatureFlagsReader(new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["JOBFORGE_AUDIT_LOGGING_ENABLED"] = "1" }).Build());

        var result = await AuditEndpoints.ListAsync(context, new InMemoryAuditLog(), flags, CancellationToken.None);

        var json = Assert.IsAssignableFrom<IStatusCodeHttpResult>(result);
        Assert.Equal(StatusCodes.Status400BadRequest, json.StatusCode);
        var envelope = Assert.IsType<JsonHttpResult<JobForge.Application.Errors.ErrorEnvelope>>(result).Value!;
        var problems = JsonSerializer.Serialize(envelope.Error.Details);
        Assert.Contains("\"cursor\"", problems, StringComparison.Ordinal);
        Assert.Contains("too_long", problems, StringComparison.Ordinal);
    }
}
