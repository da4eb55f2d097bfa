using System.Net;

namespace JobForge.Server.Tests.Triggers;

public sealed class TriggerEndpointTests(TriggersTestServer server) : IClassFixture<TriggersTestServer>
{
    private static string Body(string tenant, string extra = "") =>
        $$"""{"tenant_id":"{{tenant}}","trigger_type":"cron","name":"scan","target_template_key":"autopilot.ops.scan","target_inputs":{"target":"vm-1"},"cron_expression":"0 3 * * *","time_zone":"Europe/Berlin"{{extra}}}""";

    [Fact]
    public async Task Crud_CreateGetPatchDelete_RoundTripsWithETags()
    {
        var (tenant, key) = await server.NewAdminAsync();
        using var created = await server.SendAsync(HttpMethod.Post, key, "/api/v1/triggers", Body(tenant, ""","id":"nightly" """));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var json = await TriggersTestServer.JsonAsync(created);
        Assert.Equal("/api/v1/triggers/nightly", created.Headers.Location!.OriginalString);
        Assert.False(json.GetProperty("enabled").GetBoolean());
        Assert.Equal(60, json.GetProperty("safety").GetProperty("cooldown_seconds").GetInt32());
        Assert.Equal("fire_once", json.GetProperty("misfire_policy").GetString());
        Assert.NotEqual(System.Text.Json.JsonValueKind.Null, json.GetProperty("next_fire_at").ValueKind);
        // 03:00 in Berlin, returned as the UTC instant it is (never with Berlin's offset), like every API timestamp.
        Assert.Equal(TimeSpan.Zero, json.GetProperty("next_fire_at").GetDateTimeOffset().Offset);
        Assert.Contains(json.GetProperty("next_fire_at").GetDateTimeOffset().Hour, new[] { 1, 2 });
        Assert.Equal(TimeSpan.Zero, json.GetProperty("created_at").GetDateTimeOffset().Offset);
        var etag = created.Headers.ETag!.Tag;

        using var duplicate = await server.SendAsync(HttpMethod.Post, key, "/api/v1/triggers", Body(tenant, ""","id":"nightly" """));
        using var stale = await server.SendAsync(HttpMethod.Patch, key, "/api/v1/triggers/nightly", """{"enabled":true}""", new Dictionary<string, string> { ["If-Match"] = "\"nope\"" });
        using var patched = await server.SendAsync(HttpMethod.Patch, key, "/api/v1/triggers/nightly", """{"enabled":true}""", new Dictionary<string, string> { ["If-Match"] = etag });
        using var list = await server.SendAsync(HttpMethod.Get, key, "/api/v1/triggers?limit=10", null);
        using var deleted = await server.SendAsync(HttpMethod.Delete, key, "/api/v1/triggers/nightly", null);
        using var gone = await server.SendAsync(HttpMethod.Get, key, "/api/v1/triggers/nightly", null);

        Assert.Equal(HttpStatusCode.Conflict, duplicate.StatusCode);
        Assert.Equal(HttpStatusCode.PreconditionFailed, stale.StatusCode);
        Assert.Equal(HttpStatusCode.OK, patched.StatusCode);
        Assert.True((await TriggersTestServer.JsonAsync(patched)).GetProperty("enabled").GetBoolean());
        Assert.Single((await TriggersTestServer.JsonAsync(list)).GetProperty("items").EnumerateArray());
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
        Assert.Contains(server.Audit.Records, r => r.TenantId == tenant && r.Action == "trigger_create" && r.Reason == "created");
        Assert.Contains(server.Audit.Records, r => r.TenantId == tenant && r.Action == "trigger_delete");
    }

    [Fact]
    public async Task Test_EvaluatesNowAsADryRunAndRecordsIt()
    {
        var (tenant, key) = await server.NewAdminAsync();
        using var created = await server.SendAsync(HttpMethod.Post, key, "/api/v1/triggers", Body(tenant, ""","id":"t1","enabled":true"""));
        using var test = await server.SendAsync(HttpMethod.Post, key, "/api/v1/triggers/t1/test", null);

        var decision = await TriggersTestServer.JsonAsync(test);
        Assert.Equal("dry_run", decision.GetProperty("decision").GetString());
        Assert.Equal("would_request", decision.GetProperty("outcome").GetString());
        Assert.True(decision.GetProperty("test").GetBoolean());
        Assert.Single(await server.DecisionsAsync(key, "t1"));
        Assert.Equal(0, (await server.LedgerAsync(tenant)).RunCount);
    }

    [Theory]
    [InlineData("{")]
    [InlineData("[]")]
    [InlineData("""{"tenant_id":"x","trigger_type":"weekly"}""")]
    [InlineData("""{"tenant_id":null}""")]
    public async Task Create_Malformed_Is400(string body)
    {
        var (tenant, key) = await server.NewAdminAsync();
        using var response = await server.SendAsync(HttpMethod.Post, key, "/api/v1/triggers", body.Replace("\"x\"", "\"" + tenant + "\"", StringComparison.Ordinal));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Create_Oversized_Is413()
    {
        var (tenant, key) = await server.NewAdminAsync();
        using var response = await server.SendAsync(HttpMethod.Post, key, "/api/v1/triggers", Body(tenant, $$""","name":"{{new string('a', 20_000)}}" """));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Theory]
    [InlineData(""","id":"../../etc" """)]
    [InlineData(""","id":"a\u0000b" """)]
    [InlineData(""","name":"\ud800" """)]
    [InlineData(""","cron_expression":"${{ secrets.x }} * * * *" """)]
    [InlineData(""","target_inputs":{"a":{"b":{"c":{"d":{"e":{"f":{"g":{"h":{"i":{"j":{"k":{"l":{"m":{"n":{"o":{"p":{"q":{}}}}}}}}}}}}}}}}}}""")]
    [InlineData(""","target_template_key":"AUTOPILOT/../x" """)]
    [InlineData(""","target_template_key":"autopilot.nope" """)]
    public async Task Create_Hostile_Is400NeverA500(string extra)
    {
        var (tenant, key) = await server.NewAdminAsync();
        using var response = await server.SendAsync(HttpMethod.Post, key, "/api/v1/triggers", Body(tenant) [..^1] + extra.TrimEnd() + "}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("validation_failed", await TriggersTestServer.ErrorTypeAsync(response));
    }

    [Theory]
    [InlineData("GET", "/api/v1/triggers/..%2F..%2Fx")]
    [InlineData("GET", "/api/v1/triggers/" + "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")]
    [InlineData("GET", "/api/v1/triggers/x/decisions?cursor=garbage")]
    [InlineData("GET", "/api/v1/triggers?cursor=garbage")]
    [InlineData("GET", "/api/v1/triggers?limit=100000")]
    [InlineData("DELETE", "/api/v1/triggers/%00")]
    [InlineData("POST", "/api/v1/triggers/nope/test")]
    public async Task HostileRoutes_AreClientErrors(string method, string path)
    {
        var (_, key) = await server.NewAdminAsync();
        using var response = await server.SendAsync(new HttpMethod(method), key, path, null);

        Assert.InRange((int)response.StatusCode, 400, 499);
    }

    [Theory]
    [InlineData("{", 400)]
    [InlineData("[]", 400)]
    [InlineData("""{"trigger_type":"event"}""", 400)]
    [InlineData("""{"cron_expression":"every tuesday"}""", 400)]
    [InlineData("""{"safety":{"max_runs_per_hour":1e400}}""", 400)]
    [InlineData("""{"enabled":"yes"}""", 400)]
    [InlineData("""{"target_template_key":"autopilot.ops.apply"}""", 400)]
    public async Task Patch_MalformedOrHostile_IsAClientErrorAndChangesNothing(string body, int status)
    {
        var (tenant, key) = await server.NewAdminAsync();
        using var created = await server.SendAsync(HttpMethod.Post, key, "/api/v1/triggers", Body(tenant, ""","id":"p1" """));
        var before = (await TriggersTestServer.JsonAsync(created)).GetProperty("version").GetString();

        using var response = await server.SendAsync(HttpMethod.Patch, key, "/api/v1/triggers/p1", body);
        using var after = await server.SendAsync(HttpMethod.Get, key, "/api/v1/triggers/p1", null);

        Assert.Equal(status, (int)response.StatusCode);
        Assert.Equal(before, (await TriggersTestServer.JsonAsync(after)).GetProperty("version").GetString());
    }

    [Fact]
    public async Task CrossTenant_CreateReadChange_AreRefused()
    {
        var (tenant, key) = await server.NewAdminAsync();
        var (other, otherKey) = await server.NewAdminAsync();
        using var theirs = await server.SendAsync(HttpMethod.Post, otherKey, "/api/v1/triggers", Body(other, ""","id":"theirs" """));
        Assert.Equal(HttpStatusCode.Created, theirs.StatusCode);

        using var create = await server.SendAsync(HttpMethod.Post, key, "/api/v1/triggers", Body(other));
        using var named = await server.SendAsync(HttpMethod.Get, key, $"/api/v1/triggers/theirs?tenant_id={other}", null);
        using var guessed = await server.SendAsync(HttpMethod.Get, key, "/api/v1/triggers/theirs", null);
        using var patch = await server.SendAsync(HttpMethod.Patch, key, "/api/v1/triggers/theirs", """{"enabled":true}""");
        using var delete = await server.SendAsync(HttpMethod.Delete, key, "/api/v1/triggers/theirs", null);
        using var decisions = await server.SendAsync(HttpMethod.Get, key, $"/api/v1/triggers/theirs/decisions?tenant_id={other}", null);
        using var noScope = await server.SendAsync(HttpMethod.Get, await server.CreateKeyAsync(tenant, "jobs:read"), "/api/v1/triggers", null);

        Assert.Equal(HttpStatusCode.Forbidden, create.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, named.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, guessed.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, patch.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, delete.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, decisions.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, noScope.StatusCode);
        using var stillThere = await server.SendAsync(HttpMethod.Get, otherKey, "/api/v1/triggers/theirs", null);
        Assert.Equal(HttpStatusCode.OK, stillThere.StatusCode);
    }
}
