using System.Net;
using System.Text.Json;
using JobForge.Server.Tests.Hosting;
using JobForge.TestKit.Hosting;
using JobForge.TestKit.Security;
using Microsoft.AspNetCore.Http;

namespace JobForge.Server.Tests.Security;

/// <summary>
/// The command and module steps of the leak scan: a sandboxed <c>sh</c> that prints a <c>${{ secrets.* }}</c> value
/// (from its arguments and its environment) to stdout and stderr, once exiting 0 and once 3; a module operation whose
/// input holds the secret and whose answer echoes it back, and one that refuses with a 500 echoing it.
/// </summary>
public sealed partial class LeakScanTests
{
    private const string EchoScript = """echo "out $1 $JOBFORGE_LEAK"; echo "err $1 $JOBFORGE_LEAK" >&2; exit "$2" """;

    private static readonly string s_moduleSecret = "leak-canary-module-signing-secret-7f3a1c9e";

    private static Dictionary<string, string?> StepSettings(HttpSink sink, string workspaceRoot) => new()
    {
        ["JobForge:Steps:Command:WorkspaceRoot"] = workspaceRoot,
        ["JobForge:Steps:Command:AllowedExecutables:sh"] = "/bin/sh",
        ["JobForge:Modules:ops:BaseUrl"] = sink.BaseUrl + "/modules/ops",
        ["JobForge:Modules:ops:SigningSecret"] = s_moduleSecret,
    };

    private static async Task RegisterStepTemplatesAsync(Func<string, string, Task> put)
    {
        foreach (var (key, exit) in new[] { ("leak.command", 0), ("leak.command_fail", 3) })
        {
            await put(key, Template(key, true, "ops:write", $$$$"""
                [{"id":"shell","uses":"command","with":{"executable":"sh",
                  "args":["-c",{{{{JsonSerializer.Serialize(EchoScript)}}}},"sh","${{ secrets.LEAK_STEP_TOKEN }}","{{{{exit}}}}"],
                  "env":{"JOBFORGE_LEAK":"${{ secrets.LEAK_STEP_TOKEN }}"}}}]
                """));
        }

        foreach (var (key, operation) in new[] { ("leak.module", "echo"), ("leak.module_fail", "refuse") })
        {
            await put(key, Template(key, true, "ops:write", $$$$"""
                [{"id":"call","uses":"autopilot.module","with":{"module":"ops","operation":"{{{{operation}}}}",
                  "input":{"token":"${{ secrets.LEAK_STEP_TOKEN }}","note":"key ${{ secrets.LEAK_STEP_TOKEN }}"}}}]
                """));
        }
    }

    /// <summary>Runs each command and module template (action jobs: each with a policy token of its own) once; returns the run ids.</summary>
    private async Task<IReadOnlyList<string>> RunStepJobsAsync(RunningServer server, string requester, string issuer, ICollection<string> tokens)
    {
        var runs = new List<string>();
        foreach (var (template, expected) in new[]
        {
            ("leak.command", "succeeded"), ("leak.command_fail", "failed"), ("leak.module", "succeeded"), ("leak.module_fail", "failed"),
        })
        {
            var token = (await OkJsonAsync(server, HttpMethod.Post, issuer, "/api/v1/policy-tokens",
                JsonSerializer.Serialize(new { tenant_id = Tenant, actor_id = "alice", action = template, scopes = new[] { "ops:write" } }))).GetProperty("token").GetString()!;
            tokens.Add(token);
            var run = (await OkJsonAsync(server, HttpMethod.Post, requester, "/api/v1/jobs", JobBody(template, "{}", ""","actor_id":"alice" """),
                new Dictionary<string, string> { ["X-JobForge-Policy-Token"] = token })).GetProperty("run_id").GetString()!;
            Assert.Equal(expected, await WaitForAsync(server, requester, run));
            await OkJsonAsync(server, HttpMethod.Get, requester, "/api/v1/jobs/" + run, null);
            await OkJsonOrTextAsync(server, requester, $"/api/v1/runs/{run}/artifacts");
            runs.Add(run);
        }

        // The command's log artifact, read back as a client would.
        await OkJsonOrTextAsync(server, requester, $"/api/v1/runs/{runs[0]}/artifacts/shell.log");
        return runs;
    }

    /// <summary>The module stand-in: <c>echo</c> answers 200 with the input it got, <c>refuse</c> a 500 quoting it.</summary>
    private static async Task ModuleAsync(HttpContext context, HttpSink sink)
    {
        // The sink has read the body already: take it from the request it recorded.
        var key = context.Request.Headers["Idempotency-Key"].ToString();
        var input = System.Text.Encoding.UTF8.GetString(sink.Requests.Last(r => r.IdempotencyKey == key).Body);
        if (context.Request.Path.Value!.EndsWith("/refuse", StringComparison.Ordinal))
        {
            context.Response.StatusCode = (int)HttpStatusCode.InternalServerError;
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync($$"""{"error":"refused input {{input.Replace("\"", "'", StringComparison.Ordinal)}}"}""");
            return;
        }

        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync($$"""{"received":{{input}},"summary":"done with {{JsonDocument.Parse(input).RootElement.GetProperty("token").GetString()}}"}""");
    }
}
