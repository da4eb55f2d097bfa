using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using JobForge.Domain.Auth;

namespace JobForge.Server.Tests.Auth;

public sealed class ApiKeyEndpointTests
{
    private const string Keys = "/api/v1/api-keys";

    [Fact]
    public async Task Create_WithValidBody_Is201ShowingTheKeyOnceAndStoringOnlyItsHash()
    {
        await using var server = await AuthTestServer.StartAsync();

        using var response = await server.SendAsync(HttpMethod.Post, Keys, AuthTestServer.BootstrapKey,
            JsonContent.Create(new { name = "ingest (prod)", tenant_id = "acme", scopes = new[] { "events:write", "ops:write" } }));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var root = body.RootElement;
        var keyId = root.GetProperty("key_id").GetString()!;
        var apiKey = root.GetProperty("api_key").GetString()!;
        Assert.True(ApiKeyToken.TryParse(apiKey, out var parsedId, out var secret));
        Assert.Equal(keyId, parsedId);
        Assert.Equal("ingest (prod)", root.GetProperty("name").GetString());
        Assert.Equal("acme", root.GetProperty("tenant_id").GetString());
        Assert.Equal(["events:write", "ops:write"], root.GetProperty("scopes").EnumerateArray().Select(s => s.GetString()!).ToArray());
        Assert.Equal(server.Time.GetUtcNow(), root.GetProperty("created_at").GetDateTimeOffset());
        Assert.Equal($"/api/v1/api-keys/{keyId}", response.Headers.Location?.OriginalString);

        var stored = await server.Store.GetAsync(keyId);
        Assert.NotNull(stored);
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(secret))), stored.SecretHash);
        Assert.DoesNotContain(secret, stored.ToString(), StringComparison.Ordinal);

        using var use = await server.SendAsync(HttpMethod.Get, "/api/v1/probe/acme/events", apiKey);
        Assert.Equal(HttpStatusCode.OK, use.StatusCode);
    }

    [Fact]
    public async Task ListAndGet_NeverShowTheKeyOrItsHash()
    {
        await using var server = await AuthTestServer.StartAsync();
        var (keyId, apiKey) = await server.CreateKeyAsync("acme", "events:read");
        await server.CreateKeyAsync("other", "events:read");
        var secret = apiKey[(4 + ApiKeyToken.KeyIdLength)..];
        var hash = (await server.Store.GetAsync(keyId))!.SecretHash;

        using var all = await server.SendAsync(HttpMethod.Get, Keys, AuthTestServer.BootstrapKey);
        using var acme = await server.SendAsync(HttpMethod.Get, Keys + "?tenant_id=acme", AuthTestServer.BootstrapKey);
        using var one = await server.SendAsync(HttpMethod.Get, $"{Keys}/{keyId}", AuthTestServer.BootstrapKey);

        foreach (var response in new[] { all, acme, one })
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var text = await response.Content.ReadAsStringAsync();
            Assert.DoesNotContain(secret, text, StringComparison.Ordinal);
            Assert.DoesNotContain(hash, text, StringComparison.Ordinal);
            Assert.DoesNotContain("api_key\"", text, StringComparison.Ordinal);
            Assert.DoesNotContain("hash", text, StringComparison.OrdinalIgnoreCase);
        }

        using var allBody = JsonDocument.Parse(await all.Content.ReadAsStringAsync());
        using var acmeBody = JsonDocument.Parse(await acme.Content.ReadAsStringAsync());
        Assert.Equal(2, allBody.RootElement.GetProperty("keys").GetArrayLength());
        Assert.Equal(keyId, acmeBody.RootElement.GetProperty("keys").EnumerateArray().Single().GetProperty("key_id").GetString());
    }

    [Fact]
    public async Task Revoke_ByPostOrDelete_Is200WithRevokedAtAndIsIdempotent()
    {
        await using var server = await AuthTestServer.StartAsync();
        var (first, _) = await server.CreateKeyAsync("acme", "events:read");
        var (second, _) = await server.CreateKeyAsync("acme", "events:read");

        using var revoke = await server.SendAsync(HttpMethod.Post, $"{Keys}/{first}/revoke", AuthTestServer.BootstrapKey);
        var revokedAt = server.Time.GetUtcNow();
        server.Time.Advance(TimeSpan.FromMinutes(1));
        using var again = await server.SendAsync(HttpMethod.Post, $"{Keys}/{first}/revoke", AuthTestServer.BootstrapKey);
        using var delete = await server.SendAsync(HttpMethod.Delete, $"{Keys}/{second}", AuthTestServer.BootstrapKey);

        foreach (var response in new[] { revoke, again, delete })
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        using var againBody = JsonDocument.Parse(await again.Content.ReadAsStringAsync());
        Assert.True(againBody.RootElement.GetProperty("revoked").GetBoolean());
        Assert.Equal(revokedAt, againBody.RootElement.GetProperty("revoked_at").GetDateTimeOffset());
        Assert.Equal(1, server.Audit.Records.Count(r => r.Action == "api_key_revoked" && r.Details!["api_key_id"] == first));
        var created = server.Audit.Records.First(r => r.Action == "api_key_created");
        Assert.Equal(("acme", "allow", "bootstrap"), (created.TenantId, created.Decision, created.KeyId));
    }

    [Theory]
    [InlineData("POST", "/api/v1/api-keys/0123456789abcdef/revoke")]
    [InlineData("DELETE", "/api/v1/api-keys/0123456789abcdef")]
    [InlineData("GET", "/api/v1/api-keys/0123456789abcdef")]
    [InlineData("GET", "/api/v1/api-keys/bootstrap")]
    [InlineData("POST", "/api/v1/api-keys/..%2F..%2Fetc/revoke")]
    [InlineData("DELETE", "/api/v1/api-keys/%27%20or%20%271%27%3D%271")]
    public async Task UnknownOrMalformedKeyId_Is404Envelope(string method, string path)
    {
        await using var server = await AuthTestServer.StartAsync();

        using var response = await server.SendAsync(new HttpMethod(method), path, AuthTestServer.BootstrapKey);

        await ErrorEnvelopeAssert.IsAsync(response, HttpStatusCode.NotFound, "not_found");
    }
}
