using System.Net;
using JobForge.Server.Tests.Auth;
using JobForge.Server.Tests.Events;
using JobForge.Server.Tests.Templates;
using static JobForge.Server.Tests.Contracts.ContractRequests;

namespace JobForge.Server.Tests.Contracts;

public sealed class ContractRegistrationTests(TemplatesTestServer fixture) : IClassFixture<TemplatesTestServer>
{
    private static int s_key;

    private EventsTestServer Server => fixture.Server;

    private static string NewKey() => "acme.ops.check" + Interlocked.Increment(ref s_key);

    private Task<string> AdminAsync() => Server.CreateKeyAsync("*", "templates:admin", "jobs:read");

    [Fact]
    public async Task Put_GoodYaml_IsCreated_AndReadable()
    {
        var (admin, key) = (await AdminAsync(), NewKey());

        using var put = await PutAsync(Server, admin, key, Yaml(key));
        var body = await EventsTestServer.JsonAsync(put);

        Assert.Equal(HttpStatusCode.Created, put.StatusCode);
        Assert.Equal(key, body.GetProperty("template_key").GetString());
        Assert.Equal("1.0.0", body.GetProperty("version").GetString());
        Assert.Equal(0, body.GetProperty("warnings").GetArrayLength());
        using var get = await Server.GetAsync(admin, $"/api/v1/templates/{key}?tenant_id=t1");
        var stored = await EventsTestServer.JsonAsync(get);
        Assert.Equal(HttpStatusCode.OK, get.StatusCode);
        Assert.Equal("Fetches a URL: reports # status", stored.GetProperty("description").GetString());
        Assert.Equal(2, stored.GetProperty("input_schema").GetProperty("properties").GetProperty("depth").GetProperty("default").GetInt32());
        Assert.False(stored.GetProperty("built_in").GetBoolean());
    }

    [Fact]
    public async Task Put_HigherVersion_AddsAVersion_OldStaysReadable_SameAgainIsIdempotent_LowerConflicts()
    {
        var (admin, key) = (await AdminAsync(), NewKey());
        using var first = await PutAsync(Server, admin, key, Yaml(key, "1.0.0"));
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);

        using var second = await PutAsync(Server, admin, key, Yaml(key, "1.1.0-rc.1"));
        using var again = await PutAsync(Server, admin, key, Yaml(key, "1.1.0-rc.1"));
        using var lower = await PutAsync(Server, admin, key, Yaml(key, "1.0.1-rc.1"));
        using var changed = await PutAsync(Server, admin, key, Yaml(key, "1.0.0").Replace("Check a site", "Other", StringComparison.Ordinal));

        Assert.Equal(HttpStatusCode.Created, second.StatusCode);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        await ErrorEnvelopeAssert.IsAsync(lower, HttpStatusCode.Conflict, "conflict");
        await ErrorEnvelopeAssert.IsAsync(changed, HttpStatusCode.Conflict, "conflict");
        using var latest = await Server.GetAsync(admin, $"/api/v1/templates/{key}?tenant_id=t1");
        using var old = await Server.GetAsync(admin, $"/api/v1/templates/{key}?tenant_id=t1&version=1.0.0");
        Assert.Equal("1.1.0-rc.1", (await EventsTestServer.JsonAsync(latest)).GetProperty("version").GetString());
        Assert.Equal("1.0.0", (await EventsTestServer.JsonAsync(old)).GetProperty("version").GetString());
    }

    [Fact]
    public async Task Put_Json_IsAccepted_AndWarningsAreReturned()
    {
        var (admin, key) = (await AdminAsync(), NewKey());
        var json = """{"template_key":"KEY","name":"Fix","category":"ops","version":"1.0.0","is_action_job":false,"""
            + """ "required_scopes":["ops:write"],"steps":[{"id":"look","uses":"http","with":{"url":"https://x.test/"}}]}""";
        json = json.Replace("KEY", key, StringComparison.Ordinal);

        using var put = await PutAsync(Server, admin, key, json, "application/json");
        var body = await EventsTestServer.JsonAsync(put);

        Assert.True(put.StatusCode == HttpStatusCode.Created, body.ToString());
        var warning = Assert.Single(body.GetProperty("warnings").EnumerateArray());
        Assert.Equal("$.required_scopes[0]", warning.GetProperty("path").GetString());
    }

    [Theory]
    [InlineData("- id: a\n    uses: teleport\n    with: {}", "$.steps[0].uses")]
    [InlineData("- id: a\n    uses: http\n    with: {url: \"${{ steps.b.outputs.url }}\"}\n  - id: b\n    uses: http\n    with: {url: x}", "$.steps[0].with.url")]
    [InlineData("- id: a\n    uses: http\n    depends_on: [b]\n    with: {}\n  - id: b\n    uses: http\n    depends_on: [a]\n    with: {}", "$.steps")]
    [InlineData("- id: a\n    uses: http\n    with: {url: \"${{ inputs.nope }}\"}", "$.steps[0].with.url")]
    [InlineData("- id: a\n    uses: http\n    with: {url: x, method: POST}", "$.steps[0]")]
    public async Task Put_BadContract_IsRejected_NamingThePath(string steps, string pathPrefix)
    {
        var (admin, key) = (await AdminAsync(), NewKey());

        using var put = await PutAsync(Server, admin, key, Yaml(key, steps: "  " + steps));
        var body = await ErrorEnvelopeAssert.IsAsync(put, HttpStatusCode.BadRequest, "validation_failed");

        Assert.Contains(body.GetProperty("details").EnumerateArray(),
            d => d.GetProperty("path").GetString()!.StartsWith(pathPrefix, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("AKIAIOSFODNN7EXAMPLE", "AKIAIOSFODNN7EXAMPLE")]
    [InlineData("hunter2", "hunter2")]
    [InlineData("-----BEGIN RSA PRIVATE KEY-----\\nMIIEowIBAAKCAQEA7bq9zq3cZ8w5n1vLq0m5yJc2xH4k\\n-----END RSA PRIVATE KEY-----", "MIIEowIBAAKC")]
    public async Task Put_HardcodedSecret_IsRejected_WithPathAndRule_WithoutTheSecret(string secret, string hidden)
    {
        var (admin, key) = (await AdminAsync(), NewKey());
        var steps = $"  - id: a\n    uses: http\n    with: {{url: x, password: \"{secret}\"}}";

        using var put = await PutAsync(Server, admin, key, Yaml(key, steps: steps));
        var text = await put.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, put.StatusCode);
        Assert.DoesNotContain(hidden, text, StringComparison.Ordinal);
        var body = await EventsTestServer.JsonAsync(put);
        Assert.Contains(body.GetProperty("error").GetProperty("details").EnumerateArray(),
            d => d.GetProperty("code").GetString() == "hardcoded_secret" && d.GetProperty("path").GetString() == "$.steps[0].with.password"
                 && d.GetProperty("rule").GetString()!.Length > 0);
    }

    [Fact]
    public async Task Put_IsAudited_AsTemplateRegistered_UnderTheSystemTenant()
    {
        var (key, admin) = (NewKey(), await Server.CreateKeyAsync("*", "templates:admin", "audit:read"));
        using var put = await PutAsync(Server, admin, key, Yaml(key));
        Assert.Equal(HttpStatusCode.Created, put.StatusCode);

        await JobForge.TestKit.Eventually.TrueAsync(async () =>
        {
            using var audit = await Server.GetAsync(admin, "/api/v1/audit?tenant_id=_system&action=template_registered");
            var text = await audit.Content.ReadAsStringAsync();
            return audit.StatusCode == HttpStatusCode.OK && text.Contains(key, StringComparison.Ordinal);
        }, TimeSpan.FromSeconds(10), "a template_registered audit record");
    }

    [Fact]
    public async Task Put_ConcurrentWriters_EachGets201Or409_AndTheLatestIsOneOfThem()
    {
        var (admin, key) = (await AdminAsync(), NewKey());
        using (var first = await PutAsync(Server, admin, key, Yaml(key)))
        {
            Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        }

        var puts = await Task.WhenAll(Enumerable.Range(2, 4).Select(major => PutAsync(Server, admin, key, Yaml(key, $"{major}.0.0"))));

        Assert.All(puts, put => Assert.Contains(put.StatusCode, new[] { HttpStatusCode.Created, HttpStatusCode.Conflict }));
        Assert.Contains(puts, put => put.StatusCode == HttpStatusCode.Created);
        using var latest = await Server.GetAsync(admin, $"/api/v1/templates/{key}?tenant_id=t1");
        var version = (await EventsTestServer.JsonAsync(latest)).GetProperty("version").GetString();
        Assert.Contains(version, new[] { "2.0.0", "3.0.0", "4.0.0", "5.0.0" });
        foreach (var put in puts)
        {
            put.Dispose();
        }
    }
}
