using System.Diagnostics;
using System.Text;
using System.Text.Json;
using JobForge.Domain.Templates;
using JobForge.Application.Contracts;
using JobForge.Application.Steps.Handlers.Http;
using JobForge.TestKit.Hosting;
using Microsoft.AspNetCore.Http;
using YamlDotNet.RepresentationModel;

namespace JobForge.Server.Tests.Contracts;

/// <summary>The GitHub Actions export produces runnable steps where GitHub has an equivalent, and says once which have none.</summary>
public sealed class GitHubWorkflowWriterTests
{
    private static JsonElement Json(string text) => JsonDocument.Parse(text).RootElement.Clone();

    private static JobTemplate Template(params TemplateStep[] steps) => new()
    {
        TemplateKey = "acme.ops.export",
        Name = "Export",
        Category = "ops",
        Version = "1.0.0",
        InputSchema = Json("""{"type":"object","properties":{"d":{"type":"string"}}}"""),
        OutputSchema = Json("""{"type":"object"}"""),
        Steps = steps,
    };

    private static YamlMappingNode Load(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        return (YamlMappingNode)stream.Documents.Single().RootNode;
    }

    private static YamlMappingNode Jobs(YamlMappingNode root) => (YamlMappingNode)root["jobs"];

    private static IReadOnlyList<YamlMappingNode> Steps(YamlMappingNode root, string job) =>
        ((YamlSequenceNode)((YamlMappingNode)Jobs(root)[job])["steps"]).Children.Cast<YamlMappingNode>().ToList();

    private static string Text(YamlMappingNode node, string key) => ((YamlScalarNode)node[key]).Value!;

    [Theory]
    [InlineData("30s", "sleep 30")]
    [InlineData("5m", "sleep 300")]
    [InlineData("1500ms", "sleep 2")]
    public void Write_LiteralDelay_IsASleep(string duration, string expected)
    {
        var root = Load(GitHubWorkflowWriter.Write(Template(new TemplateStep("wait", HandlerKinds.Delay, Json($$"""{"duration":"{{duration}}"}""")))));

        Assert.Equal(expected, Text(Steps(root, "run")[0], "run"));
    }

    [Fact]
    public async Task Write_ExpressionDelay_SleepsTheResolvedDurationWhenRun()
    {
        var root = Load(GitHubWorkflowWriter.Write(Template(new TemplateStep("wait", HandlerKinds.Delay, Json("""{"duration":"${{ inputs.d }}"}""")))));
        var step = Steps(root, "run")[0];

        Assert.Equal("${{ inputs.d }}", Text((YamlMappingNode)step["env"], "JOBFORGE_DURATION"));
        var (exit, output) = await RunAsync(Text(step, "run").Replace("sleep \"$s\"", "echo \"slept $s\"", StringComparison.Ordinal),
            new Dictionary<string, string> { ["JOBFORGE_DURATION"] = "2m" });
        Assert.Equal((0, "slept 120"), (exit, output.Trim()));
    }

    [Fact]
    public async Task Write_HttpStep_IsACurlJobForgeSignsTheSameWay_WithIdempotencyKeyAndOutputs()
    {
        await using var sink = await HttpSink.StartAsync();
        sink.Respond = context => context.Response.WriteAsJsonAsync(new { name = "ok" });
        var root = Load(GitHubWorkflowWriter.Write(Template(new TemplateStep("call", HandlerKinds.Http,
            Json("""{"method":"POST","url":"https://x.test/hook","body":{"n":1}}""")))));
        var step = Steps(root, "run")[0];
        var env = ((YamlMappingNode)step["env"]).Children.ToDictionary(p => ((YamlScalarNode)p.Key).Value!, p => ((YamlScalarNode)p.Value).Value!);
        Assert.Equal("${{ secrets.JOBFORGE_SIGNING_SECRET }}", env["JOBFORGE_SIGNING_SECRET"]);
        Assert.Equal("${{ github.run_id }}:call:${{ github.run_attempt }}", env["JOBFORGE_IDEMPOTENCY_KEY"]);
        env["JOBFORGE_URL"] = sink.Url("/hook").ToString();
        env["JOBFORGE_SIGNING_SECRET"] = "export-signing-secret-0123456789";
        env["JOBFORGE_IDEMPOTENCY_KEY"] = "42:call:1";

        var (exit, output) = await RunAsync(Text(step, "run"), env);

        Assert.True(exit == 0, output);
        var request = Assert.Single(sink.Requests);
        Assert.Equal("{\"n\":1}", Encoding.UTF8.GetString(request.Body));
        Assert.Equal("42:call:1", request.Headers["Idempotency-Key"]);
        Assert.True(HttpSignatureVerifier.Verify("export-signing-secret-0123456789", request.Headers[HttpStepSignature.TimestampHeader],
            request.Headers[HttpStepSignature.SignatureHeader], request.Body, DateTimeOffset.UtcNow, TimeSpan.FromMinutes(5)), "the signature verifies");
        Assert.Contains("status=200", output, StringComparison.Ordinal);
        Assert.Contains("{\"name\":\"ok\"}", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_ModuleStep_PostsToTheModuleOperationSignedWithTheModuleSecret()
    {
        var root = Load(GitHubWorkflowWriter.Write(BuiltInTemplates.Find("autopilot.ops.scan")!));
        var step = Steps(root, "run")[0];
        var env = (YamlMappingNode)step["env"];

        Assert.Equal("${{ vars.JOBFORGE_OPS_URL }}/operations/scan", Text(env, "JOBFORGE_URL"));
        Assert.Equal("${{ secrets.JOBFORGE_OPS_SIGNING_SECRET }}", Text(env, "JOBFORGE_SIGNING_SECRET"));
        Assert.Contains("openssl dgst -sha256 -hmac", Text(step, "run"), StringComparison.Ordinal);
        Assert.DoesNotContain("Authorization", Text(step, "run"), StringComparison.Ordinal);
    }

    [Fact]
    public void Write_CommandSteps_RunTheExecutableWithEachArgument_AndTheVerifyPackItsScripts()
    {
        var root = Load(GitHubWorkflowWriter.Write(Template(
            new TemplateStep("lint", HandlerKinds.Command, Json("""{"executable":"npm","args":["run","lint; rm -rf /"],"working_directory":"web"}""")))));
        var step = Steps(root, "run")[0];
        var pack = Steps(Load(GitHubWorkflowWriter.Write(BuiltInTemplates.Find(BuiltInTemplates.VerifyPackKey)!)), "run")[0];

        Assert.Equal("\"$JOBFORGE_EXECUTABLE\" \"$JOBFORGE_ARG_1\" \"$JOBFORGE_ARG_2\"", Text(step, "run"));
        Assert.Equal("lint; rm -rf /", Text((YamlMappingNode)step["env"], "JOBFORGE_ARG_2"));
        Assert.Equal("web", Text(step, "working-directory"));
        Assert.Contains("npm run typecheck", Text(pack, "run"), StringComparison.Ordinal);
        Assert.Equal("${{ inputs.workspace }}", Text(pack, "working-directory"));
        Assert.Equal("60", Text(pack, "timeout-minutes"));
    }

    [Fact]
    public void Write_Approval_StartsAJobHeldByTheApprovalEnvironment()
    {
        var root = Load(GitHubWorkflowWriter.Write(Template(
            new TemplateStep("plan", HandlerKinds.Delay, Json("""{"duration":"1s"}""")),
            new TemplateStep("sign-off", HandlerKinds.Approval, Json("{}"), DependsOn: ["plan"]),
            new TemplateStep("apply", HandlerKinds.Delay, Json("""{"duration":"2s"}"""), DependsOn: ["sign-off"]),
            new TemplateStep("notify", HandlerKinds.Delay, Json("""{"duration":"3s"}"""), RequiresApproval: true, DependsOn: ["apply"]))));

        Assert.Equal(["run", "approve-sign-off", "approve-notify"], Jobs(root).Children.Keys.Select(k => ((YamlScalarNode)k).Value));
        var approval = (YamlMappingNode)Jobs(root)["approve-sign-off"];
        Assert.Equal(GitHubWorkflowWriter.ApprovalEnvironment, Text((YamlMappingNode)approval["environment"], "name"));
        Assert.Equal(["run"], ((YamlSequenceNode)approval["needs"]).Children.Select(n => ((YamlScalarNode)n).Value));
        Assert.Equal(["apply"], Steps(root, "approve-sign-off").Select(s => Text(s, "id")));
        Assert.Equal(["run", "approve-sign-off"], ((YamlSequenceNode)((YamlMappingNode)Jobs(root)["approve-notify"])["needs"]).Children.Select(n => ((YamlScalarNode)n).Value));
    }

    [Fact]
    public void Write_StepsWithoutAnEquivalent_AreNamedOncePlainly()
    {
        var yaml = GitHubWorkflowWriter.Write(Template(
            new TemplateStep("shape", HandlerKinds.Transform, Json("""{"output":{"a":1}}""")),
            new TemplateStep("tell", HandlerKinds.PublishEvent, Json("""{"event_type":"x.y","payload":{}}"""), DependsOn: ["shape"]),
            new TemplateStep("wait", HandlerKinds.Delay, Json("""{"duration":"1s"}"""), DependsOn: ["tell"])));

        var line = Assert.Single(yaml.Split('\n'), l => l.Contains("No GitHub Actions equivalent", StringComparison.Ordinal));
        Assert.StartsWith("#", line.TrimStart(), StringComparison.Ordinal);
        Assert.Contains("'shape' (transform), 'tell' (publish_event)", line, StringComparison.Ordinal);
        Assert.DoesNotContain("'wait'", line, StringComparison.Ordinal);
        Assert.DoesNotContain("No GitHub Actions equivalent", GitHubWorkflowWriter.Write(BuiltInTemplates.Find("autopilot.ops.scan")!), StringComparison.Ordinal);
    }

    // Runs a generated step script with bash as a runner would: GITHUB_OUTPUT and RUNNER_TEMP set, the step's env.
    private static async Task<(int Exit, string Output)> RunAsync(string script, IReadOnlyDictionary<string, string> env)
    {
        var temp = Directory.CreateTempSubdirectory("jobforge-gha-");
        try
        {
            var output = Path.Combine(temp.FullName, "output");
            File.WriteAllText(output, "");
            var start = new ProcessStartInfo("bash", ["-eo", "pipefail", "-c", script]) { RedirectStandardOutput = true, RedirectStandardError = true };
            start.Environment["GITHUB_OUTPUT"] = output;
            start.Environment["RUNNER_TEMP"] = temp.FullName;
            foreach (var (name, value) in env)
            {
                start.Environment[name] = value;
            }

            using var process = Process.Start(start)!;
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(60));
            return (process.ExitCode, await stdout + await stderr + File.ReadAllText(output));
        }
        finally
        {
            temp.Delete(recursive: true);
        }
    }
}
