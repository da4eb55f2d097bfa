using System.Text.Json;
using JobForge.Domain.Auth;
using JobForge.Domain.RateLimits;
using JobForge.Application.Auth;
using JobForge.Application.Flags;
using JobForge.Application.RateLimits;
using Microsoft.Extensions.Time.Testing;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace JobForge.Server.Tests.RateLimits;

public sealed class RateLimitGateTests
{
    private static readonly FakeTimeProvider Clock = new(new DateTimeOffset(2026, 1, 1, 10, 0, 20, TimeSpan.Zero));
    private static readonly DateTimeOffset WindowEnd = new(2026, 1, 1, 10, 1, 0, TimeSpan.Zero);

    [Fact]
    public async Task CheckAsync_FlagOff_AllowsWithoutAskingTheLimiterOrSettingHeaders()
    {
        var limiter = new ScriptedRateLimiter(Refusal());
        var context = Context(limiter, rateLimiting: false);

        Assert.Null(await RateLimitGate.CheckAsync(context, "tenant-a", null));

        Assert.Equal(0, limiter.Calls);
        Assert.False(context.Response.Headers.ContainsKey(RateLimitHeaders.Limit));
    }

    [Fact]
    public async Task CheckAsync_Allowed_ReturnsNullAndSetsTheRateLimitHeaders()
    {
        var limiter = new ScriptedRateLimiter(new RateLimitDecision(true, 100, 41, WindowEnd, TimeSpan.Zero));
        var context = Context(limiter);

        Assert.Null(await RateLimitGate.CheckAsync(context, "tenant-a", "alice"));

        Assert.Equal(("tenant-a", "alice"), limiter.Last);
        Assert.Equal("100", context.Response.Headers[RateLimitHeaders.Limit]);
        Assert.Equal("41", context.Response.Headers[RateLimitHeaders.Remaining]);
        Assert.Equal("40", context.Response.Headers[RateLimitHeaders.Reset]);
        Assert.False(context.Response.Headers.ContainsKey(RateLimitHeaders.RetryAfter));
    }

    [Fact]
    public async Task CheckAsync_Refused_Returns429EnvelopeWithRetryAfterAndHeaders()
    {
        var context = Context(new ScriptedRateLimiter(Refusal()));

        var result = await RateLimitGate.CheckAsync(context, "tenant-a", null);

        var (status, error) = await ExecuteAsync(Assert.IsAssignableFrom<IResult>(result), context);
        Assert.Equal(429, status);
        Assert.Equal("rate_limited", error.GetProperty("type").GetString());
        Assert.Equal(100, error.GetProperty("details").GetProperty("limit").GetInt32());
        Assert.Equal(40, error.GetProperty("details").GetProperty("retry_after_seconds").GetInt32());
        Assert.False(string.IsNullOrEmpty(error.GetProperty("trace_id").GetString()));
        Assert.Equal("40", context.Response.Headers[RateLimitHeaders.RetryAfter]);
        Assert.Equal("0", context.Response.Headers[RateLimitHeaders.Remaining]);
        Assert.Equal("100", context.Response.Headers[RateLimitHeaders.Limit]);
    }

    [Theory]
    [InlineData(0, "1")]
    [InlineData(300, "1")]
    [InlineData(1001, "2")]
    public async Task CheckAsync_RefusedWithSubSecondWait_SendsWholeSecondsOfAtLeastOne(int milliseconds, string expected)
    {
        var context = Context(new ScriptedRateLimiter(Refusal(TimeSpan.FromMilliseconds(milliseconds))));

        await RateLimitGate.CheckAsync(context, "tenant-a", null);

        Assert.Equal(expected, context.Response.Headers[RateLimitHeaders.RetryAfter]);
    }

    [Fact]
    public async Task CheckAsync_RefusedWithAuditOn_RecordsTheDenyWithKeyActorAndTrace()
    {
        var audit = new RecordingAuditLog();
        var context = Context(new ScriptedRateLimiter(Refusal()), audit: audit, auditLogging: true);
        context.SetCaller(new Caller("key-123", "tenant-a", ["events:write"]));

        await RateLimitGate.CheckAsync(context, "tenant-a", "alice");

        var record = Assert.Single(audit.Records);
        Assert.Equal(("tenant-a", "rate_limit_hit", "deny", "rate_limited"), (record.TenantId, record.Action, record.Decision, record.Reason));
        Assert.Equal(("key-123", "alice"), (record.KeyId, record.ActorId));
        Assert.Equal(Clock.GetUtcNow(), record.At);
        Assert.Equal("100", record.Details!["limit"]);
        Assert.False(string.IsNullOrEmpty(record.TraceId));
    }

    [Fact]
    public async Task CheckAsync_RefusedWithAuditOff_RecordsNothing()
    {
        var audit = new RecordingAuditLog();
        var context = Context(new ScriptedRateLimiter(Refusal()), audit: audit, auditLogging: false);

        Assert.NotNull(await RateLimitGate.CheckAsync(context, "tenant-a", null));

        Assert.Empty(audit.Records);
    }

    [Fact]
    public async Task CheckAsync_RefusedWithAuditOnButNoAuditLog_StillAnswers429()
    {
        var context = Context(new ScriptedRateLimiter(Refusal()), auditLogging: true);

        var (status, _) = await ExecuteAsync((await RateLimitGate.CheckAsync(context, "tenant-a", null))!, context);

        Assert.Equal(429, status);
    }

    private static RateLimitDecision Refusal(TimeSpan? retryAfter = null) =>
        new(false, 100, 0, WindowEnd, retryAfter ?? WindowEnd - Clock.GetUtcNow());

    private static DefaultHttpContext Context(
        ScriptedRateLimiter limiter, bool rateLimiting = true, RecordingAuditLog? audit = null, bool auditLogging = false)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            [FeatureFlagNames.RateLimiting] = rateLimiting ? "1" : "0",
            [FeatureFlagNames.AuditLogging] = auditLogging ? "1" : "0",
        }).Build();
        var services = new ServiceCollection()
            .AddLogging()
            .AddSingleton<IConfiguration>(configuration)
            .AddSingleton(new FeatureFlagsReader(configuration))
            .AddSingleton<TimeProvider>(Clock)
            .AddSingleton<IRateLimiter>(limiter);
        if (audit is not null)
        {
            services.AddSingleton<Domain.Audit.IAuditLog>(audit);
        }

        var context = new DefaultHttpContext { RequestServices = services.BuildServiceProvider() };
        context.Request.Path = "/api/v1/events";
        context.Response.Body = new MemoryStream();
        return context;
    }

    private static async Task<(int Status, JsonElement Error)> ExecuteAsync(IResult result, DefaultHttpContext context)
    {
        await result.ExecuteAsync(context);
        context.Response.Body.Position = 0;
        using var document = await JsonDocument.ParseAsync(context.Response.Body);
        return (context.Response.StatusCode, document.RootElement.GetProperty("error").Clone());
    }
}
