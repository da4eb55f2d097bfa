using System.Globalization;
using System.Text.Json;
using JobForge.Domain.Templates;

namespace JobForge.Server.Contracts;

public static partial class GitHubWorkflowWriter
{
    private const string SaveResponse =
        "{ echo 'response<<JOBFORGE_EOF'; echo \"$response\"; echo 'JOBFORGE_EOF'; } >> \"$GITHUB_OUTPUT\"";

    private static void WriteSteps(WorkflowEmitter yaml, IReadOnlyList<TemplateStep> steps)
    {
        var compensation = steps.Select(step => step.Compensate).OfType<string>().ToHashSet(StringComparer.Ordinal);
        foreach (var step in Order(steps.Where(step => !compensation.Contains(step.Id)).ToList()))
        {
            WriteStep(yaml, step, compensating: false);
        }

        foreach (var step in steps.Where(step => compensation.Contains(step.Id)))
        {
            WriteStep(yaml, step, compensating: true);
        }
    }

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

        yaml.Pair("run", run);
        yaml.EndMap();
    }

    private static string Script(TemplateStep step, List<(string Name, string Value)> env)
    {
        switch (step.Uses)
        {
            case HandlerKinds.Command:
                return GitHubExpression.Translate(Field(step.With, "command") ?? "echo 'no command given'");
            case HandlerKinds.Http:
                env.Add(("JOBFORGE_URL", GitHubExpression.Translate(Field(step.With, "url") ?? "")));
                env.Add(("JOBFORGE_METHOD", (Field(step.With, "method") ?? "GET").ToUpperInvariant()));
                var headers = Headers(step.With, env);
                if (step.With.ValueKind == JsonValueKind.Object && step.With.TryGetProperty("body", out var body))
                {
                    env.Add(("JOBFORGE_BODY", GitHubExpression.Translate(body.ValueKind == JsonValueKind.String ? body.GetString()! : body.GetRawText())));
                    headers += " --data \"$JOBFORGE_BODY\"";
                }

                return $"response=$(curl -fsS -X \"$JOBFORGE_METHOD\"{headers} \"$JOBFORGE_URL\")\n{SaveResponse}";
            case HandlerKinds.AutopilotModule:
                var module = (step.Module ?? "module").ToUpperInvariant();
                env.Add(("JOBFORGE_MODULE_URL", "${{ vars.JOBFORGE_" + module + "_URL }}"));
                env.Add(("JOBFORGE_OPERATION", Field(step.With, "operation") ?? ""));
                env.Add(("JOBFORGE_INPUT", Json(step.With, "input")));
                env.Add(("JOBFORGE_TOKEN", "${{ secrets.JOBFORGE_" + module + "_TOKEN }}"));
                return "response=$(curl -fsS -X POST -H 'Content-Type: application/json' -H \"Authorization: Bearer $JOBFORGE_TOKEN\" "
                    + "--data \"$JOBFORGE_INPUT\" \"$JOBFORGE_MODULE_URL/operations/$JOBFORGE_OPERATION\")\n" + SaveResponse;
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
