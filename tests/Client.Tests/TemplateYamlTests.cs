using System.Net;
using System.Text.Json.Nodes;

namespace JobForge.Client.Tests;

/// <summary><see cref="TemplatesClient.PutYamlAsync"/> against the real server: a YAML contract registers; bad YAML is an envelope.</summary>
public sealed class TemplateYamlTests(ClientTestServer server) : IClassFixture<ClientTestServer>
{
    [Fact]
    public async Task PutYaml_RegistersTheContract_AndARunOfItSucceeds()
    {
        var tenant = ClientTestServer.NewTenant();
        var key = "client." + TestKit.UniqueNames.Next("yaml").Replace("-", "_", StringComparison.Ordinal);
        using var admin = server.Admin();

        var registered = await admin.Templates.PutYamlAsync(key, $$$"""
            template_key: {{{key}}}
            name: YAML test
            category: ops
            version: "1.0.0"
            required_scopes: [ops:read]
            input_schema:
              type: object
              properties:
                n: {type: integer, default: 1}
            output_schema: {type: object}
            steps:
              - id: only
                uses: transform
                with: {output: {value: "${{ inputs.n }}"}}
            """);
        using var tenantAdmin = server.NewClient(await server.KeyAsync(tenant, "templates:admin"));
        await tenantAdmin.Templates.EnableAsync(key);
        using var client = server.NewClient(await server.KeyAsync(tenant, "jobs:write", "jobs:read", "ops:read"));
        var run = await client.Jobs.RequestAsync(new JobRequest(tenant, key) { Inputs = new JsonObject { ["n"] = 3 } });

        Assert.Equal(key, registered.GetProperty("template_key").GetString());
        Assert.Equal("succeeded", (await client.Jobs.WaitForCompletionAsync(run.RunId)).Status);
    }

    [Fact]
    public async Task PutYaml_Malformed_IsAJobForgeExceptionWithTheEnvelope()
    {
        using var admin = server.Admin();

        var error = await Assert.ThrowsAsync<JobForgeException>(() => admin.Templates.PutYamlAsync("client.broken_yaml", "template_key: [unclosed"));

        Assert.Equal(HttpStatusCode.BadRequest, error.StatusCode);
        Assert.Equal("invalid_yaml", error.Type);
        Assert.False(string.IsNullOrEmpty(error.TraceId));
    }
}
