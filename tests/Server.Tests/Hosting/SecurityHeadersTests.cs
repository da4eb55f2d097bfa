using System.Net;
using JobForge.Application.Hosting;
using JobForge.Server.Tests.Auth;
using Microsoft.AspNetCore.Http;

namespace JobForge.Server.Tests.Hosting;

/// <summary>Issue 17: security headers on every response of the real server, error envelopes included.</summary>
public sealed class SecurityHeadersTests
{
    [Theory]
    [InlineData("/api/health", null, HttpStatusCode.OK)]
    [InlineData("/api/v1/probe/jobs", null, HttpStatusCode.Unauthorized)]
    [InlineData("/api/v1/probe/jobs", AuthTestServer.BootstrapKey, HttpStatusCode.OK)]
    [InlineData("/api/v1/no-such-route", AuthTestServer.BootstrapKey, HttpStatusCode.NotFound)]
    public async Task Response_OfAnyApiRoute_CarriesNosniffNoStoreAndNoFraming(string path, string? apiKey, HttpStatusCode status)
    {
        await using var server = await AuthTestServer.StartAsync();

        using var response = await server.SendAsync(HttpMethod.Get, path, apiKey);

        Assert.Equal(status, response.StatusCode);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        Assert.Equal("frame-ancestors 'none'", response.Headers.GetValues("Content-Security-Policy").Single());
        Assert.True(response.Headers.CacheControl!.NoStore);
        Assert.False(response.Headers.Contains("Strict-Transport-Security"));
    }

    [Fact]
    public async Task Response_ToAnApiKeyCreation_IsNoStore()
    {
        await using var server = await AuthTestServer.StartAsync();

        using var response = await server.SendAsync(HttpMethod.Post, "/api/v1/api-keys", AuthTestServer.BootstrapKey,
            new StringContent("""{"name":"k","tenant_id":"t1","scopes":["jobs:read"]}""", System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.True(response.Headers.CacheControl!.NoStore);
    }

    [Fact]
    public void Apply_OverHttps_AddsStrictTransportSecurity()
    {
        var context = new DefaultHttpContext();
        context.Request.Scheme = "https";
        context.Request.Path = "/api/v1/jobs";

        SecurityHeadersMiddleware.Apply(context);

        Assert.Equal(SecurityHeadersMiddleware.StrictTransportSecurity, context.Response.Headers.StrictTransportSecurity.ToString());
        Assert.Equal("no-store", context.Response.Headers.CacheControl.ToString());
    }
}
