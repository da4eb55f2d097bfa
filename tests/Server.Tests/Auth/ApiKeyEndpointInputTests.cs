using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace JobForge.Server.Tests.Auth;

/// <summary>Malformed, oversized, hostile and cross-tenant requests to the key endpoints: envelopes, never a 500.</summary>
public sealed class ApiKeyEndpointInputTests
{
    private const string Keys = "/api/v1/api-keys";

    [Fact]
    public async Task Create_WithMalformedJson_Is400InvalidJson()
    {
        await using var server = await AuthTestServer.StartAsync();

        foreach (var body in new[] { "", "{", "{\"name\":", "[1,", "nul", "{\"name\":\"a\",}", "\uFEFF\uFEFF{}" })
        {
            using var response = await server.SendAsync(HttpMethod.Post, Keys, AuthTestServer.BootstrapKey, Json(body));
            var error = await ErrorEnvelopeAssert.IsAsync(response, HttpStatusCode.BadRequest, "invalid_json");
            Assert.Equal("$", error.GetProperty("details")[0].GetProperty("path").GetString());
        }
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData(null)]
    public async Task Create_WithNonJsonContentType_Is415(string? mediaType)
    {
        await using var server = await AuthTestServer.StartAsync();
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes("{\"name\":\"a\",\"tenant_id\":\"t\",\"scopes\":[\"admin\"]}"));
        if (mediaType is not null)
        {
            content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(mediaType);
        }

        using var response = await server.SendAsync(HttpMethod.Post, Keys, AuthTestServer.BootstrapKey, content);

        await ErrorEnvelopeAssert.IsAsync(response, HttpStatusCode.UnsupportedMediaType, "unsupported_media_type");
    }

    [Fact]
    public async Task Create_WithBodyOver64KiB_Is413DeclaredOrChunked()
    {
        await using var server = await AuthTestServer.StartAsync();
        var big = "{\"name\":\"" + new string('a', 70 * 1024) + "\",\"tenant_id\":\"t\",\"scopes\":[\"admin\"]}";

        using var declared = await server.SendAsync(HttpMethod.Post, Keys, AuthTestServer.BootstrapKey, Json(big));
        var chunked = new StreamContent(new MemoryStream(Encoding.UTF8.GetBytes(big)));
        chunked.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        using var request = AuthTestServer.Request(HttpMethod.Post, Keys, AuthTestServer.BootstrapKey);
        request.Content = chunked;
        request.Headers.TransferEncodingChunked = true;
        using var streamed = await server.Client.SendAsync(request);

        await ErrorEnvelopeAssert.IsAsync(declared, HttpStatusCode.RequestEntityTooLarge, "payload_too_large");
        await ErrorEnvelopeAssert.IsAsync(streamed, HttpStatusCode.RequestEntityTooLarge, "payload_too_large");
    }

    [Theory]
    [InlineData("[]", "$", "wrong_type")]
    [InlineData("null", "$", "wrong_type")]
    [InlineData("{}", "$.name", "required")]
    [InlineData("{\"name\":\"a\",\"tenant_id\":\"t\",\"scopes\":[\"admin\"],\"secret\":\"x\"}", "$.secret", "unknown_field")]
    [InlineData("{\"name\":\"a\",\"name\":\"b\",\"tenant_id\":\"t\",\"scopes\":[\"admin\"]}", "$.name", "duplicate_field")]
    [InlineData("{\"name\":\"\",\"tenant_id\":\"t\",\"scopes\":[\"admin\"]}", "$.name", "invalid_format")]
    [InlineData("{\"name\":\"a\\u0000b\",\"tenant_id\":\"t\",\"scopes\":[\"admin\"]}", "$.name", "invalid_format")]
    [InlineData("{\"name\":\"a\\u202eb\",\"tenant_id\":\"t\",\"scopes\":[\"admin\"]}", "$.name", "invalid_format")]
    [InlineData("{\"name\":\"\\ud800\",\"tenant_id\":\"t\",\"scopes\":[\"admin\"]}", "$.name", "invalid_format")]
    [InlineData("{\"name\":12,\"tenant_id\":\"t\",\"scopes\":[\"admin\"]}", "$.name", "wrong_type")]
    [InlineData("{\"name\":\"a\",\"tenant_id\":\"../x\",\"scopes\":[\"admin\"]}", "$.tenant_id", "invalid_format")]
    [InlineData("{\"name\":\"a\",\"tenant_id\":\"t\",\"scopes\":\"admin\"}", "$.scopes", "wrong_type")]
    [InlineData("{\"name\":\"a\",\"tenant_id\":\"t\",\"scopes\":[]}", "$.scopes", "required")]
    [InlineData("{\"name\":\"a\",\"tenant_id\":\"t\",\"scopes\":[\"admin\",\"root\"]}", "$.scopes[1]", "invalid_value")]
    [InlineData("{\"name\":\"a\",\"tenant_id\":\"t\",\"scopes\":[\"admin\",\"admin\"]}", "$.scopes[1]", "invalid_value")]
    [InlineData("{\"name\":\"a\",\"tenant_id\":\"t\",\"scopes\":[1e999999]}", "$.scopes[0]", "wrong_type")]
    public async Task Create_WithInvalidBody_Is400ValidationFailedNamingThePath(string body, string path, string code)
    {
        await using var server = await AuthTestServer.StartAsync();

        using var response = await server.SendAsync(HttpMethod.Post, Keys, AuthTestServer.BootstrapKey, Json(body));

        var error = await ErrorEnvelopeAssert.IsAsync(response, HttpStatusCode.BadRequest, "validation_failed");
        Assert.Contains(error.GetProperty("details").EnumerateArray(),
            problem => problem.GetProperty("path").GetString() == path && problem.GetProperty("code").GetString() == code);
        Assert.Empty(await server.Store.ListAsync(null));
    }

    [Fact]
    public async Task Create_WithHostileShapes_NeverAnswers500()
    {
        await using var server = await AuthTestServer.StartAsync();
        string[] bodies =
        [
            new string('[', 10_000) + new string(']', 10_000),
            "{\"name\":\"a\",\"tenant_id\":\"t\",\"scopes\":[" + string.Join(',', Enumerable.Repeat("\"admin\"", 5000)) + "]}",
            "{" + string.Join(',', Enumerable.Range(0, 3000).Select(i => $"\"f{i}\":1")) + "}",
            "{\"name\":{\"a\":{\"b\":[]}},\"tenant_id\":[],\"scopes\":[{}]}",
            "{\"name\":\"a\",\"tenant_id\":\"" + new string('t', 65) + "\",\"scopes\":[\"" + new string('s', 10_000) + "\"]}",
            "{\"\\ud800\":1}",
        ];

        foreach (var body in bodies)
        {
            using var response = await server.SendAsync(HttpMethod.Post, Keys, AuthTestServer.BootstrapKey, Json(body));
            Assert.True(response.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.RequestEntityTooLarge,
                $"{(int)response.StatusCode} for {body[..Math.Min(40, body.Length)]}");
            using var envelope = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
            Assert.True(envelope.RootElement.TryGetProperty("error", out _));
        }
    }

    [Theory]
    [InlineData("?tenant_id=../x")]
    [InlineData("?tenant_id=a&tenant_id=b")]
    [InlineData("?tenant_id=")]
    public async Task List_WithBadTenantFilter_Is400(string query)
    {
        await using var server = await AuthTestServer.StartAsync();

        using var response = await server.SendAsync(HttpMethod.Get, Keys + query, AuthTestServer.BootstrapKey);

        await ErrorEnvelopeAssert.IsAsync(response, HttpStatusCode.BadRequest, "validation_failed");
    }

    [Fact]
    public async Task TenantAdmin_ManagesOnlyItsOwnTenantAndCannotEscalate()
    {
        await using var server = await AuthTestServer.StartAsync();
        var (_, acmeAdmin) = await server.CreateKeyAsync("acme", "admin", "events:*");
        var (otherKey, _) = await server.CreateKeyAsync("other", "events:read");
        var (ownKey, _) = await server.CreateKeyAsync("acme", "events:read");

        using var createOwn = await server.SendAsync(HttpMethod.Post, Keys, acmeAdmin, Create("acme", "events:write"));
        using var createOther = await server.SendAsync(HttpMethod.Post, Keys, acmeAdmin, Create("other", "events:write"));
        using var createAll = await server.SendAsync(HttpMethod.Post, Keys, acmeAdmin, Create("*", "events:write"));
        using var escalate = await server.SendAsync(HttpMethod.Post, Keys, acmeAdmin, Create("acme", "*"));
        using var listOwn = await server.SendAsync(HttpMethod.Get, Keys, acmeAdmin);
        using var listOther = await server.SendAsync(HttpMethod.Get, Keys + "?tenant_id=other", acmeAdmin);
        using var getOther = await server.SendAsync(HttpMethod.Get, $"{Keys}/{otherKey}", acmeAdmin);
        using var revokeOther = await server.SendAsync(HttpMethod.Post, $"{Keys}/{otherKey}/revoke", acmeAdmin);
        using var revokeOwn = await server.SendAsync(HttpMethod.Delete, $"{Keys}/{ownKey}", acmeAdmin);

        Assert.Equal(HttpStatusCode.Created, createOwn.StatusCode);
        await ErrorEnvelopeAssert.IsAsync(createOther, HttpStatusCode.Forbidden, "forbidden");
        await ErrorEnvelopeAssert.IsAsync(createAll, HttpStatusCode.Forbidden, "forbidden");
        var escalation = await ErrorEnvelopeAssert.IsAsync(escalate, HttpStatusCode.Forbidden, "forbidden");
        Assert.Equal("*", escalation.GetProperty("details").GetProperty("scopes_not_held")[0].GetString());
        await ErrorEnvelopeAssert.IsAsync(listOther, HttpStatusCode.Forbidden, "forbidden");
        await ErrorEnvelopeAssert.IsAsync(getOther, HttpStatusCode.NotFound, "not_found");
        await ErrorEnvelopeAssert.IsAsync(revokeOther, HttpStatusCode.NotFound, "not_found");
        Assert.Equal(HttpStatusCode.OK, revokeOwn.StatusCode);
        Assert.False((await server.Store.GetAsync(otherKey))!.IsRevoked);
        using var listed = JsonDocument.Parse(await listOwn.Content.ReadAsStringAsync());
        Assert.All(listed.RootElement.GetProperty("keys").EnumerateArray(), key => Assert.Equal("acme", key.GetProperty("tenant_id").GetString()));
    }

    private static StringContent Json(string body) => new(body, Encoding.UTF8, "application/json");

    private static JsonContent Create(string tenant, params string[] scopes) => JsonContent.Create(new { name = "k", tenant_id = tenant, scopes });
}
