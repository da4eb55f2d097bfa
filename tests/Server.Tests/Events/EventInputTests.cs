using System.Net;
using System.Net.Http.Headers;
using System.Text;

namespace JobForge.Server.Tests.Events;

/// <summary>Malformed, oversized, hostile and cross-tenant requests: each gets the error envelope, never a 500.</summary>
public sealed class EventInputTests
{
    [Fact]
    public async Task Post_WithSeveralProblems_Is400ListingEachWithItsPath()
    {
        await using var server = await EventsTestServer.StartAsync();
        var key = await server.CreateKeyAsync("acme", "events:write");

        using var response = await server.PostEventAsync(key,
            "{\"tenantId\":\"acme\",\"event_type\":\"Bad Type\",\"source_app\":\"nope\",\"payload\":[],\"contains_pii\":\"yes\"}");

        var error = await AssertEnvelopeAsync(response, HttpStatusCode.BadRequest, "validation_failed");
        var problems = error.GetProperty("details").EnumerateArray().ToDictionary(p => p.GetProperty("path").GetString()!, p => p.GetProperty("message").GetString()!);
        Assert.Contains("did you mean 'tenant_id'", problems["$.tenantId"], StringComparison.Ordinal);
        Assert.True(problems.ContainsKey("$.tenant_id"));
        Assert.True(problems.ContainsKey("$.event_type"));
        Assert.Contains("settler", problems["$.source_app"], StringComparison.Ordinal);
        Assert.True(problems.ContainsKey("$.payload"));
        Assert.True(problems.ContainsKey("$.contains_pii"));
    }

    [Theory]
    [InlineData("{", "line 1")]
    [InlineData("{\"tenant_id\": }", "line 1")]
    [InlineData("\n\n  {\"a\":1,}", "line 3")]
    [InlineData("", "empty")]
    public async Task Post_MalformedJson_Is400InvalidJsonWithPosition(string body, string expected)
    {
        await using var server = await EventsTestServer.StartAsync();
        var key = await server.CreateKeyAsync("acme", "events:write");

        using var response = await server.PostEventAsync(key, body);

        var error = await AssertEnvelopeAsync(response, HttpStatusCode.BadRequest, "invalid_json");
        Assert.Contains(expected, error.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_InvalidUtf8_Is400InvalidJson()
    {
        await using var server = await EventsTestServer.StartAsync();
        var key = await server.CreateKeyAsync("acme", "events:write");
        var bytes = Encoding.UTF8.GetBytes(EventsTestServer.Event("acme", payload: "{\"x\":\"AB\"}"));
        var at = Array.IndexOf(bytes, (byte)'A');
        bytes[at] = 0xC3; // a lead byte followed by 'B': not UTF-8
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/events") { Content = new ByteArrayContent(bytes) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");

        using var response = await server.SendAsync(request, key, null);

        await AssertEnvelopeAsync(response, HttpStatusCode.BadRequest, "invalid_json");
    }

    [Theory]
    [InlineData(100_000)]
    [InlineData(11)]
    public async Task Post_DeeplyNestedBody_Is400NotA500(int depth)
    {
        await using var server = await EventsTestServer.StartAsync();
        var key = await server.CreateKeyAsync("acme", "events:write");
        var nested = new string('[', depth) + new string(']', depth);

        using var response = await server.PostEventAsync(key, EventsTestServer.Event("acme", payload: "{\"deep\":" + nested + "}"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = await EventsTestServer.JsonAsync(response);
        Assert.Contains(error.GetProperty("error").GetProperty("type").GetString(), new[] { "invalid_json", "validation_failed" });
    }

    [Fact]
    public async Task Post_HugeNumbers_AreAcceptedAsRawJson()
    {
        await using var server = await EventsTestServer.StartAsync();
        var key = await server.CreateKeyAsync("acme", "events:*");
        var digits = new string('9', 400);

        using var response = await server.PostEventAsync(key, EventsTestServer.Event("acme", payload: $"{{\"big\":1e400,\"long\":{digits}}}"));

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var page = await EventsTestServer.JsonAsync(await server.GetAsync(key, "/api/v1/events"));
        Assert.Equal(digits, page.GetProperty("events")[0].GetProperty("payload").GetProperty("long").GetRawText());
    }

    [Fact]
    public async Task Post_BodyOverOneMebibyte_Is413()
    {
        await using var server = await EventsTestServer.StartAsync();
        var key = await server.CreateKeyAsync("acme", "events:write");

        // Expect: 100-continue lets the server refuse on Content-Length before the client sends the body, so a
        // loaded machine never sees the connection closed mid-upload.
        using var response = await server.PostEventAsync(key, EventsTestServer.Event("acme", payload: "{\"blob\":\"" + new string('x', 1024 * 1024) + "\"}"),
            headers: new Dictionary<string, string> { ["Expect"] = "100-continue" });

        await AssertEnvelopeAsync(response, HttpStatusCode.RequestEntityTooLarge, "payload_too_large");
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData("application/json; charset=latin1")]
    public async Task Post_NonJsonContentType_Is415(string contentType)
    {
        await using var server = await EventsTestServer.StartAsync();
        var key = await server.CreateKeyAsync("acme", "events:write");

        using var response = await server.PostEventAsync(key, EventsTestServer.Event("acme"), contentType);

        await AssertEnvelopeAsync(response, HttpStatusCode.UnsupportedMediaType, "unsupported_media_type");
    }

    [Theory]
    [InlineData("a/b")]
    [InlineData("a#b")]
    [InlineData("a?b")]
    [InlineData("a\\\\b")]
    public async Task Post_IdentifierThatWouldBreakAStorageKey_Is400(string tenant)
    {
        await using var server = await EventsTestServer.StartAsync();
        var key = await server.CreateKeyAsync("*", "events:write");

        using var response = await server.PostEventAsync(key, EventsTestServer.Event(tenant, eventId: tenant));

        await AssertEnvelopeAsync(response, HttpStatusCode.BadRequest, "validation_failed");
    }

    [Fact]
    public async Task Requests_WithoutKeyOrScopeOrTenant_AreRejected()
    {
        await using var server = await EventsTestServer.StartAsync();
        var reader = await server.CreateKeyAsync("acme", "events:read");
        var writer = await server.CreateKeyAsync("acme", "events:write");

        await AssertEnvelopeAsync(await server.PostEventAsync(null, EventsTestServer.Event("acme")), HttpStatusCode.Unauthorized, "unauthorized");
        await AssertEnvelopeAsync(await server.PostEventAsync("jf_nonsense", EventsTestServer.Event("acme")), HttpStatusCode.Unauthorized, "unauthorized");
        await AssertEnvelopeAsync(await server.PostEventAsync(reader, EventsTestServer.Event("acme")), HttpStatusCode.Forbidden, "forbidden");
        await AssertEnvelopeAsync(await server.PostEventAsync(writer, EventsTestServer.Event("globex")), HttpStatusCode.Forbidden, "forbidden");
        await AssertEnvelopeAsync(await server.GetAsync(reader, "/api/v1/events?tenant_id=globex"), HttpStatusCode.Forbidden, "forbidden");
        await AssertEnvelopeAsync(await server.GetAsync(writer, "/api/v1/events"), HttpStatusCode.Forbidden, "forbidden");
    }

    [Theory]
    [InlineData("?limit=0", "limit")]
    [InlineData("?limit=1001", "limit")]
    [InlineData("?limit=abc", "limit")]
    [InlineData("?since=yesterday", "since")]
    [InlineData("?source_app=nope", "source_app")]
    [InlineData("?colour=red", "colour")]
    [InlineData("?cursor=not-a-cursor", "cursor")]
    [InlineData("?tenant_id=a%2Fb", "tenant_id")]
    public async Task List_WithBadQuery_Is400NamingTheParameter(string query, string path)
    {
        await using var server = await EventsTestServer.StartAsync();
        var key = await server.CreateKeyAsync("*", "events:read");

        using var response = await server.GetAsync(key, "/api/v1/events" + (query.Contains("tenant_id", StringComparison.Ordinal) ? query : query + "&tenant_id=acme"));

        var error = await AssertEnvelopeAsync(response, HttpStatusCode.BadRequest, "validation_failed");
        Assert.Contains(error.GetProperty("details").EnumerateArray(), p => p.GetProperty("path").GetString()!.Contains(path, StringComparison.Ordinal));
    }

    [Fact]
    public async Task List_ForAnOperatorKeyWithoutTenant_Is400()
    {
        await using var server = await EventsTestServer.StartAsync();
        var key = await server.CreateKeyAsync("*", "events:read");

        using var response = await server.GetAsync(key, "/api/v1/events");

        await AssertEnvelopeAsync(response, HttpStatusCode.BadRequest, "validation_failed");
    }

    [Fact]
    public async Task Post_WithFeatureOff_Is403FeatureDisabledNamingTheFlag()
    {
        await using var server = await EventsTestServer.StartAsync(new Dictionary<string, string?> { ["JOBFORGE_EVENTS_ENABLED"] = "0" });
        var key = await server.CreateKeyAsync("acme", "events:write");

        using var response = await server.PostEventAsync(key, EventsTestServer.Event("acme"));

        var error = await AssertEnvelopeAsync(response, HttpStatusCode.Forbidden, "feature_disabled");
        Assert.Contains("JOBFORGE_EVENTS_ENABLED", error.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    internal static async Task<System.Text.Json.JsonElement> AssertEnvelopeAsync(HttpResponseMessage response, HttpStatusCode status, string type)
    {
        using (response)
        {
            Assert.Equal(status, response.StatusCode);
            var body = await EventsTestServer.JsonAsync(response);
            var error = body.GetProperty("error");
            Assert.Equal(type, error.GetProperty("type").GetString());
            Assert.False(string.IsNullOrWhiteSpace(error.GetProperty("trace_id").GetString()));
            Assert.DoesNotContain("   at ", body.GetRawText(), StringComparison.Ordinal);
            return error;
        }
    }
}
