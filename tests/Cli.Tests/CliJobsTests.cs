using System.Text.Json;
using JobForge.Client;
using JobForge.TestKit;

namespace JobForge.Cli.Tests;

/// <summary>Jobs through the CLI: request and watch live, watch a finished run, a rejected run's exit code, lists and evidence as JSON.</summary>
[Collection(CliCollection.Name)]
public sealed class CliJobsTests(CliTestServer server)
{
    [Fact]
    public async Task RequestWithWatch_ShowsTheStepsAndFinalStatus_AndExitsZero()
    {
        var tenant = CliTestServer.NewTenant();
        var template = await server.RegisterAsync(tenant, CliTestServer.Quick);
        var key = await server.KeyAsync(tenant, "jobs:write", "jobs:read", "ops:read");

        var result = await server.CliAsync(key, "jobs", "request", template, "--tenant", tenant, "--input", "n=7", "--watch");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Matches(@"step only succeeded after 1 attempt in \d+", result.Stdout);
        Assert.Matches(@"Run run_\S+ succeeded", result.Stdout);
    }

    [Fact]
    public async Task Watch_OfAFinishedRun_RendersItsStepsTable_AndAsJsonEndsWithTheFinalEvent()
    {
        var tenant = CliTestServer.NewTenant();
        var template = await server.RegisterAsync(tenant, CliTestServer.Quick);
        var key = await server.KeyAsync(tenant, "jobs:write", "jobs:read", "ops:read");
        using var client = server.NewClient(key);
        var runId = (await client.Jobs.RequestAsync(new JobRequest(tenant, template))).RunId;
        await client.Jobs.WaitForCompletionAsync(runId);

        var calls = await Task.WhenAll(server.CliAsync(key, "jobs", "watch", runId), server.CliAsync(key, "jobs", "watch", runId, "--json"));
        var (text, json) = (calls[0], calls[1]);

        Assert.True(text.ExitCode == 0, text.ToString());
        Assert.Contains("Step", text.Stdout, StringComparison.Ordinal);
        Assert.Matches(@"[│|] only\s+[│|] transform\s+[│|] succeeded\s+[│|] 1\s+[│|]", text.Stdout);
        Assert.Contains($"Run {runId} succeeded", text.Stdout, StringComparison.Ordinal);
        Assert.True(json.ExitCode == 0, json.ToString());
        var lines = json.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal("final", lines[^1].GetProperty("event").GetString());
        Assert.Equal("succeeded", lines[^1].GetProperty("run").GetProperty("status").GetString());
        Assert.Equal(runId, lines[^1].GetProperty("run").GetProperty("run_id").GetString());
    }

    [Fact]
    public async Task Watch_InATerminal_TakesTheInteractivePath_AndStillEndsWithTheStepsAndExitCode()
    {
        var tenant = CliTestServer.NewTenant();
        var template = await server.RegisterAsync(tenant, CliTestServer.Quick);
        var key = await server.KeyAsync(tenant, "jobs:write", "jobs:read", "ops:read");
        using var client = server.NewClient(key);
        var runId = (await client.Jobs.RequestAsync(new JobRequest(tenant, template))).RunId;

        var result = await server.TerminalAsync(key, "jobs", "watch", runId);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("step only succeeded", result.Stdout, StringComparison.Ordinal);
        Assert.Contains($"Run {runId} succeeded", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("\u001b[", result.Stdout, StringComparison.Ordinal); // the terminal's control sequences: the live view ran
    }

    [Fact]
    public async Task RejectedRun_IsDecidedByTheCli_AndItsWatchExitsNonZero()
    {
        var tenant = CliTestServer.NewTenant();
        var template = await server.RegisterAsync(tenant, CliTestServer.Approval);
        var requester = await server.KeyAsync(tenant, "jobs:write", "jobs:read", "ops:read");
        var approver = await server.KeyAsync(tenant, "jobs:approve", "jobs:read");
        var requested = await server.CliAsync(requester, "jobs", "request", template, "--tenant", tenant, "--json");
        Assert.True(requested.ExitCode == 0, requested.ToString());
        var runId = requested.Json().GetProperty("run_id").GetString()!;
        using var client = server.NewClient(requester);
        await Eventually.TrueAsync(async () => (await client.Jobs.GetAsync(runId)).Status == "awaiting_approval", TimeSpan.FromSeconds(30), "the run to wait for approval");

        var rejected = await server.CliAsync(approver, "jobs", "reject", runId, "--comment", "not today", "--json");
        var watched = await server.CliAsync(requester, "jobs", "watch", runId);

        Assert.True(rejected.ExitCode == 0, rejected.ToString());
        Assert.Equal("reject", rejected.Json().GetProperty("accepted").GetString());
        Assert.True(watched.ExitCode == 1, watched.ToString());
        Assert.Contains($"Run {runId} failed", watched.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ListGetManifestAndArtifacts_AsJsonAndMarkdown_MatchTheRun()
    {
        var tenant = CliTestServer.NewTenant();
        var template = await server.RegisterAsync(tenant, CliTestServer.Quick);
        var key = await server.KeyAsync(tenant, "jobs:write", "jobs:read", "ops:read");
        using var client = server.NewClient(key);
        var runId = (await client.Jobs.RequestAsync(new JobRequest(tenant, template))).RunId;
        await client.Jobs.WaitForCompletionAsync(runId);
        await Eventually.TrueAsync(async () => // evidence is written just after the final state
        {
            try
            {
                return !string.IsNullOrEmpty((await client.Artifacts.GetManifestAsync(runId)).Status);
            }
            catch (JobForgeException e) when (e.Type == "not_found")
            {
                return false;
            }
        }, TimeSpan.FromSeconds(30), "the manifest");

        var calls = await Task.WhenAll(
            server.CliAsync(key, "jobs", "list", "--json"),
            server.CliAsync(key, "jobs", "get", runId, "--json", "--outputs"),
            server.CliAsync(key, "jobs", "list"),
            server.CliAsync(key, "runs", "manifest", runId, "--output", "markdown"),
            server.CliAsync(key, "runs", "artifacts", runId, "--json"));
        var (list, get, table, markdown, artifacts) = (calls[0], calls[1], calls[2], calls[3], calls[4]);

        Assert.True(list.ExitCode == 0, list.ToString());
        Assert.Contains(list.Json().GetProperty("runs").EnumerateArray(), r => r.GetProperty("run_id").GetString() == runId);
        Assert.Equal("succeeded", get.Json().GetProperty("status").GetString());
        Assert.Equal(1, get.Json().GetProperty("steps")[0].GetProperty("outputs").GetProperty("value").GetInt32());
        Assert.Contains(runId, table.Stdout, StringComparison.Ordinal);
        Assert.True(markdown.ExitCode == 0, markdown.ToString());
        Assert.StartsWith("# Run report: " + template, markdown.Stdout, StringComparison.Ordinal);
        Assert.NotEmpty(artifacts.Json().GetProperty("artifacts").EnumerateArray());
    }
}
