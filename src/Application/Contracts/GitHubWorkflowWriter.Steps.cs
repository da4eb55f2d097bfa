using System.Globalization;
using System.Text.Json;
using JobForge.Domain.Templates;

namespace JobForge.Application.Contracts;

public static partial class GitHubWorkflowWriter
{
    /// <summary>A stable topological order by <c>depends_on</c> (ties in list order; a cycle keeps list order).</summary>
    private static List<TemplateStep> Order(List<TemplateStep> steps)
    {
        var done = new HashSet<string>(StringComparer.Ordinal);
        var ids = steps.Select(step => step.Id).ToHashSet(StringComparer.Ordinal);
        var result = new List<TemplateStep>(steps.Count);
        while (result.Count < steps.Count)
        {
            var next = steps.FirstOrDefault(step => !done.Contains(step.Id) && step.Dependencies.All(d => done.Contains(d) || !ids.Contains(d)))
                ?? steps.First(step => !done.Contains(step.Id));
            done.Add(next.Id);
            result.Add(next);
        }

        return result;
    }

    private static void WriteStep(WorkflowEmitter yaml, TemplateStep step, bool compensating)
    {
        yaml.StartMap();
        yaml.Pair("name", step.Id);
        yaml.Pair("id", step.Id);
        if (compensating)
        {
            yaml.Pair("if", "${{ failure() }}");
        }

        var env = new List<(string Name, string Value)>();
        var run = Script(step, env);
        if (env.Count > 0)
        {
            yaml.StartMap("env");
            foreach (var (name, value) in env)
            {
                yaml.Pair(name, value);
            }

            yaml.EndMap();
        }

        if (step.Timeout is { } timeout && step.Uses != HandlerKinds.Delay)
        {
            yaml.Plain("timeout-minutes");
            yaml.Plain(Math.Max(1, (int)Math.Ceiling(timeout.TotalMinutes)).ToString(CultureInfo.InvariantCulture));
        }

        if (WorkingDirectory(step) is { } directory)
        {
            yaml.Pair("working-directory", directory);
        }

        yaml.Pair("run", run);
        yaml.EndMap();
    }

    private static string Script(TemplateStep step, List<(string Name, string Value)> env)
    {
        switch (step.Uses)
        {
            case HandlerKinds.Command when Field(step.With, "command") == "verify_pack":
                env.Add(("JOBFORGE_PACK", GitHubExpression.Translate(Field(step.With, "pack") ?? "fast")));
                return "npm run lint\nnpm run typecheck\nnpm run build\nif [ \"$JOBFORGE_PACK\" = full ]; then npm test; fi";
            case HandlerKinds.Command:
                return CommandScript(step.With, env);
            case HandlerKinds.Http:
                env.Add(("JOBFORGE_URL", GitHubExpression.Translate(Field(step.With, "url") ?? "")));
                env.Add(("JOBFORGE_METHOD", (Field(step.With, "method") ?? "GET").ToUpperInvariant()));
                env.Add(("JOBFORGE_SIGNING_SECRET", "${{ secrets.JOBFORGE_SIGNING_SECRET }}"));
                var headers = Headers(step.With, env);
                var body = step.With.ValueKind == JsonValueKind.Object && step.With.TryGetProperty("body", out var given) ? given : (JsonElement?)null;
                var hasBody = body is not null;
                env.Add(("JOBFORGE_BODY", body is { } value ? GitHubExpression.Translate(value.ValueKind == JsonValueKind.String ? value.GetString()! : value.GetRawText()) : ""));
                return SignedCurl(step, headers + (hasBody ? " -H 'Content-Type: application/json' --data-binary \"$JOBFORGE_BODY\"" : ""), env);
            case HandlerKinds.AutopilotModule:
                var module = (step.Module ?? "module").ToUpperInvariant();
                env.Add(("JOBFORGE_URL", "${{ vars.JOBFORGE_" + module + "_URL }}/operations/" + (Field(step.With, "operation") ?? "")));
                env.Add(("JOBFORGE_METHOD", "POST"));
                env.Add(("JOBFORGE_SIGNING_SECRET", "${{ secrets.JOBFORGE_" + module + "_SIGNING_SECRET }}"));
                env.Add(("JOBFORGE_BODY", Json(step.With, "input")));
                return SignedCurl(step, " -H 'Content-Type: application/json' --data-binary \"$JOBFORGE_BODY\"", env);
            case HandlerKinds.Delay:
                var duration = Field(step.With, "duration") ?? "";
                if (!GitHubExpression.Contains(duration) && TemplateDuration.TryParse(duration, out var wait))
                {
                    return "sleep " + ((long)Math.Ceiling(wait.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
                }

                env.Add(("JOBFORGE_DURATION", GitHubExpression.Translate(duration)));
                return DelayScript;
            default:
                env.Add(("JOBFORGE_WITH", GitHubExpression.Translate(step.With.ValueKind == JsonValueKind.Undefined ? "{}" : step.With.GetRawText())));
                return $"echo 'JobForge {step.Uses} step: no GitHub Actions equivalent; its inputs are in JOBFORGE_WITH'";
        }
    }

    private static string Headers(JsonElement with, List<(string Name, string Value)> env)
    {
        if (with.ValueKind != JsonValueKind.Object || !with.TryGetProperty("headers", out var headers) || headers.ValueKind != JsonValueKind.Object)
        {
            return "";
        }

        var args = "";
        var index = 0;
        foreach (var header in headers.EnumerateObject())
        {
            var name = "JOBFORGE_HEADER_" + (++index).ToString(CultureInfo.InvariantCulture);
            env.Add((name, GitHubExpression.Translate(header.Name + ": " + (header.Value.ValueKind == JsonValueKind.String ? header.Value.GetString() : header.Value.GetRawText()))));
            args += $" -H \"${name}\"";
        }

        return args;
    }

    private static string? Field(JsonElement with, string name) => Text(with, name);

    private static string Json(JsonElement with, string name) =>
        with.ValueKind == JsonValueKind.Object && with.TryGetProperty(name, out var value)
            ? GitHubExpression.Translate(value.ValueKind == JsonValueKind.String ? value.GetString()! : value.GetRawText())
            : "{}";
}
