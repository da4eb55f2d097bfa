using System.Net;
using JobForge.Server.Hosting;
using JobForge.Server.Tests.Events;
using JobForge.TestKit.Security;
using JobForge.TestKit;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace JobForge.Server.Tests.Hosting;

public sealed class RequestLogTests
{
    private const string Canary = "canary-query-credential-7f3a9c";

    private static async Task<(EventsTestServer Server, CapturingLoggerProvider Logs)> StartAsync(string? requestLogLevel)
    {
        var logs = new CapturingLoggerProvider();
        var settings = new Dictionary<string, string?> { ["Logging:LogLevel:Microsoft.AspNetCore"] = "Debug" };
        if (requestLogLevel is not null)
        {
            settings["Logging:LogLevel:" + RequestLog.Category] = requestLogLevel;
        }

        var server = await EventsTestServer.StartAsync(settings, services => services.AddSingleton<ILoggerProvider>(logs));
        return (server, logs);
    }

    [Fact]
    public async Task Request_WithRequestLogAtInformation_LogsTheRequestLineWithItsQueryRedacted()
    {
        var (server, logs) = await StartAsync("Information");
        await using var _ = server;
        var key = await server.CreateKeyAsync("acme", "events:read");

        using (var response = await server.GetAsync(key, $"/api/v1/events?access_token={Canary}&limit=5&{Canary}=1"))
        {
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode); // unknown parameters: still a request line
        }

        var line = await LineAsync(logs, "/api/v1/events");
        Assert.Equal("HTTP GET /api/v1/events?access_token=[redacted]&limit=5&[redacted]=[redacted] answered 400", line[..line.IndexOf(" in ", StringComparison.Ordinal)]);
        Assert.DoesNotContain(logs.Lines, text => text.Text.Contains(Canary, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Request_WithRequestLogLeftAtItsDefault_LogsNoRequestLine()
    {
        var (server, logs) = await StartAsync(requestLogLevel: null);
        await using var _ = server;
        var key = await server.CreateKeyAsync("acme", "events:read");

        using (var response = await server.GetAsync(key, $"/api/v1/events?access_token={Canary}"))
        {
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        }

        Assert.DoesNotContain(logs.Lines, text => text.Where.Contains(RequestLog.Category, StringComparison.Ordinal));
        Assert.DoesNotContain(logs.Lines, text => text.Text.Contains(Canary, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("", "")]
    [InlineData("?limit=10&status=failed", "?limit=10&status=failed")]
    [InlineData("?code=abc&sig=xyz", "?code=[redacted]&sig=[redacted]")]
    [InlineData("?limit=10%20OR%201", "?limit=[redacted]")]
    [InlineData("?weird%20name=1", "?[redacted]=[redacted]")]
    [InlineData("?sk_live_0123456789", "?[redacted]=[redacted]")]
    public void Redact_KeepsPlainNamesAndOnlyFilterValues(string query, string logged)
    {
        Assert.Equal(logged, RequestLogQuery.Redact(new QueryCollection(Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(query))));
    }

    private static async Task<string> LineAsync(CapturingLoggerProvider logs, string path)
    {
        CapturedText? found = null;
        await Eventually.TrueAsync(
            () => Task.FromResult((found = logs.Lines.FirstOrDefault(t => t.Where.Contains(RequestLog.Category, StringComparison.Ordinal) && t.Text.Contains(path, StringComparison.Ordinal))) is not null),
            TimeSpan.FromSeconds(10), "the request line");
        return found!.Text.Split(" | ")[0];
    }
}
