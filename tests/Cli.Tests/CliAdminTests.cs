using System.Text.Json;

namespace JobForge.Cli.Tests;

/// <summary>The other areas through the CLI: health, keys, events from standard input, templates from YAML, tokens, triggers.</summary>
[Collection(CliCollection.Name)]
public sealed class CliAdminTests(CliTestServer server)
{
    [Fact]
    public async Task Health_NeedsNoKey_AndAsJsonReportsHealthy()
    {
        var result = await server.CliAsync(null, "health", "--json");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal("healthy", result.Json().GetProperty("status").GetString());
    }

    [Fact]
    public async Task Keys_CreatedKeyWorksForEvents_SentFromStandardInputOrOptionsAndListed_AndListsNeverShowSecrets()
    {
        var tenant = CliTestServer.NewTenant();
        var created = await server.CliAsync(CliTestServer.BootstrapKey, "keys", "create", "cli events", "--tenant", tenant,
            "--scope", "events:write", "--scope", "events:read", "--json");
        Assert.True(created.ExitCode == 0, created.ToString());
        var key = created.Json().GetProperty("api_key").GetString()!;

        var keysList = server.CliAsync(CliTestServer.BootstrapKey, "keys", "list");
        var byOptions = server.CliAsync(key, "events", "send", "--tenant", tenant, "--type", "cli.tick", "--source", "settler", "--module", "ops", "--payload", "{\"n\":2}", "--json");
        var sent = await server.CliWithAsync(key, $$$"""{"tenant_id":"{{{tenant}}}","event_type":"cli.tick","source_app":"settler","source_module":"ops","payload":{"n":1}}""", null,
            "events", "send", "--json");
        var sentByOptions = await byOptions; // standard input redirected but empty: the body comes from the options
        var listed = await server.CliAsync(key, "events", "list", "--type", "cli.tick", "--json");
        var keys = await keysList;

        Assert.True(sent.ExitCode == 0, sent.ToString());
        var eventId = sent.Json().GetProperty("event_id").GetString();
        Assert.True(sentByOptions.ExitCode == 0, sentByOptions.ToString());
        var ids = listed.Json().GetProperty("events").EnumerateArray().Select(e => e.GetProperty("event_id").GetString()).ToList();
        Assert.Contains(eventId, ids);
        Assert.Contains(sentByOptions.Json().GetProperty("event_id").GetString(), ids);
        Assert.True(keys.ExitCode == 0, keys.ToString());
        Assert.Contains(created.Json().GetProperty("key_id").GetString()!, keys.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain(key, keys.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Templates_PutFromYamlEnableAndList_ShowTheTemplateEnabled()
    {
        var tenant = CliTestServer.NewTenant();
        var template = CliTestServer.NewTemplateKey();
        var file = Path.Combine(server.ConfigDirectory, template + ".yaml");
        await File.WriteAllTextAsync(file, $$$"""
            template_key: {{{template}}}
            name: CLI YAML
            category: ops
            version: "1.0.0"
            required_scopes: [ops:read]
            input_schema: {type: object}
            output_schema: {type: object}
            steps:
              - id: only
                uses: transform
                with: {output: {done: true}}
            """);
        var tenantAdmin = await server.KeyAsync(tenant, "templates:admin", "jobs:read");

        var put = await server.CliAsync(CliTestServer.BootstrapKey, "templates", "put", template, "--file", file);
        var enabled = await server.CliAsync(tenantAdmin, "templates", "enable", template, "--json");
        var calls = await Task.WhenAll(server.CliAsync(tenantAdmin, "templates", "list", "--json"), server.CliAsync(tenantAdmin, "templates", "export-github", template));
        var (listed, workflow) = (calls[0], calls[1]);

        Assert.True(put.ExitCode == 0, put.ToString());
        Assert.Contains(template, put.Stdout, StringComparison.Ordinal);
        Assert.True(enabled.Json().GetProperty("enabled").GetBoolean(), enabled.ToString());
        var entry = listed.Json().GetProperty("templates").EnumerateArray().Single(t => t.GetProperty("template_key").GetString() == template);
        Assert.True(entry.GetProperty("enabled").GetBoolean());
        Assert.True(workflow.ExitCode == 0, workflow.ToString());
        Assert.Contains("jobs:", workflow.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Tokens_MintedTokenValidates_AndADeniedCheckExitsOne()
    {
        var tenant = CliTestServer.NewTenant();
        var issuer = await server.KeyAsync(tenant, "policy:issue", "jobs:write");

        var minted = await server.CliAsync(issuer, "tokens", "mint", "--tenant", tenant, "--actor", "alice", "--action", "autopilot.ops.apply", "--scope", "ops:write", "--json");
        var token = minted.Json().GetProperty("token").GetString()!;
        var calls = await Task.WhenAll(
            server.CliWithAsync(issuer, token, null, "tokens", "validate", "--tenant", tenant, "--action", "autopilot.ops.apply", "--actor", "alice", "--json"),
            server.CliWithAsync(issuer, null, new Dictionary<string, string?> { ["JOBFORGE_POLICY_TOKEN"] = token },
                "tokens", "validate", "--tenant", tenant, "--action", "autopilot.ops.delete", "--actor", "alice"));
        var (allowed, denied) = (calls[0], calls[1]);

        Assert.True(minted.ExitCode == 0, minted.ToString());
        Assert.True(allowed.ExitCode == 0, allowed.ToString());
        Assert.True(allowed.Json().GetProperty("allowed").GetBoolean());
        Assert.True(denied.ExitCode == 1, denied.ToString());
        Assert.Contains("allowed", denied.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Triggers_CreateGetUpdateListAndDelete_RoundTrip()
    {
        var tenant = CliTestServer.NewTenant();
        var template = await server.RegisterAsync(tenant, CliTestServer.Quick);
        var key = await server.KeyAsync(tenant, "triggers:admin", "ops:read");
        var definition = $$"""
            {"trigger_type":"cron","name":"Hourly","target_template_key":"{{template}}","target_inputs":{"n":2},
             "enabled":false,"dry_run":true,"cron_expression":"0 * * * *","time_zone":"UTC"}
            """;

        var created = await server.CliWithAsync(key, definition, null, "triggers", "create", "--tenant", tenant, "--file", "-", "--json");
        Assert.True(created.ExitCode == 0, created.ToString());
        var id = created.Json().GetProperty("id").GetString()!;
        var calls = await Task.WhenAll(server.CliAsync(key, "triggers", "update", id, "--set", "name=Renamed", "--json"), server.CliAsync(key, "triggers", "list"));
        var (updated, listed) = (calls[0], calls[1]);
        var deleted = await server.CliAsync(key, "triggers", "delete", id, "--json");
        var gone = await server.CliAsync(key, "triggers", "get", id);

        Assert.Equal("Renamed", updated.Json().GetProperty("name").GetString());
        Assert.Contains(id, listed.Stdout, StringComparison.Ordinal);
        Assert.True(deleted.Json().GetProperty("deleted").GetBoolean(), deleted.ToString());
        Assert.True(gone.ExitCode == 5, gone.ToString());
    }
}
