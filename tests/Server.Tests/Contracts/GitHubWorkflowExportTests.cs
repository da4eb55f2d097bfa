using System.Net;
using JobForge.Server.Tests.Auth;
using JobForge.Server.Tests.Events;
using JobForge.Server.Tests.Templates;
using YamlDotNet.RepresentationModel;
using static JobForge.Server.Tests.Contracts.ContractRequests;

namespace JobForge.Server.Tests.Contracts;

public sealed class GitHubWorkflowExportTests(TemplatesTestServer fixture) : IClassFixture<TemplatesTestServer>
{
    private static int s_key;

    private EventsTestServer Server => fixture.Server;

    private static YamlMappingNode Map(YamlNode node, string key) => (YamlMappingNode)((YamlMappingNode)node)[key];

    private static string Text(YamlNode node, string key) => ((YamlScalarNode)((YamlMappingNode)node)[key]).Value!;

    private async Task<YamlMappingNode> ExportAsync(string apiKey, string path)
    {
        using var response = await Server.GetAsync(apiKey, path);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, text);
        Assert.Equal("text/yaml", response.Content.Headers.ContentType?.MediaType);
        var stream = new YamlStream();
        stream.Load(new StringReader(text));
        return (YamlMappingNode)stream.Documents.Single().RootNode;
    }

    [Fact]
    public async Task Export_BuiltIn_HasDispatchInputsPermissionsAndSteps()
    {
        var reader = await Server.CreateKeyAsync("tenant-x", "jobs:read");

        var root = await ExportAsync(reader, "/api/v1/templates/autopilot.ops.scan/github-workflow");

        Assert.NotNull(Map(Map(root, "on"), "workflow_dispatch")["inputs"]);
        Assert.Equal("read", Text(Map(root, "permissions"), "contents"));
        var steps = (YamlSequenceNode)Map(Map(root, "jobs"), "run")["steps"];
        var step = Assert.Single(steps.Children);
        Assert.Equal("call-module", Text(step, "id"));
        Assert.Contains("toJSON(inputs)", Text(Map(step, "env"), "JOBFORGE_BODY"), StringComparison.Ordinal);
        Assert.Contains("X-JobForge-Signature", Text(step, "run"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_RegisteredContract_WithHostileStrings_ParsesBackExactly()
    {
        var admin = await Server.CreateKeyAsync("*", "templates:admin");
        var key = "acme.ops.export" + Interlocked.Increment(ref s_key);
        const string Hostile = "x: y # not a comment {a} [b] 'c' \\\"d\\\" --- &e *f\\n- g: h";
        var yaml = Yaml(key).Replace("\"Check a site\"", "\"" + Hostile + "\"", StringComparison.Ordinal);
        using var put = await PutAsync(Server, admin, key, yaml);
        Assert.Equal(HttpStatusCode.Created, put.StatusCode);

        var root = await ExportAsync(admin, $"/api/v1/templates/{key}/github-workflow?tenant_id=t1");

        Assert.Equal("x: y # not a comment {a} [b] 'c' \"d\" --- &e *f\n- g: h", Text(root, "name"));
        var inputs = Map(Map(Map(root, "on"), "workflow_dispatch"), "inputs");
        Assert.Equal("true", Text(inputs["url"], "required"));
        Assert.Equal("number", Text(inputs["depth"], "type"));
        Assert.Equal("2", Text(inputs["depth"], "default"));
        Assert.Equal("choice", Text(inputs["mode"], "type"));
        Assert.Equal("boolean", Text(inputs["verbose"], "type"));
        var steps = ((YamlSequenceNode)Map(Map(root, "jobs"), "run")["steps"]).Children;
        Assert.Equal(["fetch", "summarise"], steps.Select(s => Text(s, "id")));
        var env = Map(steps[0], "env");
        Assert.Equal("${{ inputs.url }}", Text(env, "JOBFORGE_URL"));
        Assert.Equal("Authorization: Bearer ${{ secrets.SITE_TOKEN }}", Text(env, "JOBFORGE_HEADER_1"));
        Assert.Contains("${{ steps.fetch.outputs.status }}", Text(Map(steps[1], "env"), "JOBFORGE_WITH"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/api/v1/templates/autopilot.ops.scan/github-workflow?tenant_id=other", HttpStatusCode.Forbidden, "forbidden")]
    [InlineData("/api/v1/templates/autopilot.ops.scan/github-workflow?nope=1", HttpStatusCode.BadRequest, "validation_failed")]
    [InlineData("/api/v1/templates/autopilot.ops.scan/github-workflow?version=x", HttpStatusCode.BadRequest, "validation_failed")]
    [InlineData("/api/v1/templates/autopilot.ops.none/github-workflow", HttpStatusCode.NotFound, "not_found")]
    [InlineData("/api/v1/templates/NOT%20A%20KEY/github-workflow", HttpStatusCode.NotFound, "not_found")]
    public async Task Export_BadRequests_Are4xx(string path, HttpStatusCode status, string type)
    {
        var reader = await Server.CreateKeyAsync("tenant-y", "jobs:read");

        using var response = await Server.GetAsync(reader, path);

        await ErrorEnvelopeAssert.IsAsync(response, status, type);
    }
}
