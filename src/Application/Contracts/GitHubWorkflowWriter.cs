using System.Globalization;
using System.Text.Json;
using JobForge.Domain.Templates;
using YamlDotNet.Core;

namespace JobForge.Application.Contracts;

/// <summary>
/// Renders a template as a GitHub Actions workflow, with YamlDotNet's emitter (template text is always double-quoted).
/// <list type="bullet">
/// <item><c>on.workflow_dispatch.inputs</c> from the input schema's top-level properties: <c>boolean</c>; <c>number</c>
/// for number/integer; <c>choice</c> with <c>options</c> for an <c>enum</c>; otherwise <c>string</c> (objects and arrays
/// as JSON text); <c>required</c> from <c>required</c>, <c>default</c> and <c>description</c> when given. Templates have
/// no trigger of their own, so <c>repository_dispatch</c> with type <c>jobforge.&lt;key&gt;</c> is added as the hook for
/// other systems; add a <c>schedule</c> by hand for periodic runs.</item>
/// <item><c>permissions</c> (of the workflow's <c>GITHUB_TOKEN</c>): <c>contents: read</c>; <c>contents: write</c> only
/// for an action job. JobForge scopes have no GitHub equivalent beyond that.</item>
/// <item>Jobs on <c>ubuntu-latest</c>: <c>run</c>, then one <c>approve-{id}</c> job per approval, held by the
/// <c>jobforge-approval</c> environment's required reviewers; <c>depends_on</c> is expressed by order (a stable
/// topological order, ties in list order); compensation-only steps come last with <c>if: failure()</c>.</item>
/// <item>Runnable steps where GitHub has an equivalent: <c>http</c> and <c>autopilot.module</c> become a signed
/// <c>curl</c> (signature, idempotency key, retries), <c>command</c> a <c>run</c> of the executable (the verify pack
/// its npm scripts), <c>delay</c> a <c>sleep</c>. <c>transform</c> and <c>publish_event</c> have none: the comment at the
/// top names them once, and they only print their inputs.</item>
/// <item>Each step has <c>name</c> and <c>id</c> = the step id; its <c>with</c> values go to <c>env</c> (expressions
/// rewritten by <see cref="GitHubExpression"/>), so no template value is spliced into a shell script.</item>
/// </list>
/// </summary>
public static partial class GitHubWorkflowWriter
{
    /// <summary>The workflow YAML for <paramref name="template"/>.</summary>
    public static string Write(JobTemplate template)
    {
        ArgumentNullException.ThrowIfNull(template);
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        var yaml = new WorkflowEmitter(new Emitter(text));
        yaml.Begin(Notes(template));
        yaml.Pair("name", template.Name);
        yaml.StartMap("on");
        yaml.StartMap("workflow_dispatch");
        yaml.StartMap("inputs");
        WriteInputs(yaml, template.InputSchema);
        yaml.EndMap();
        yaml.EndMap();
        yaml.StartMap("repository_dispatch");
        yaml.StartList("types");
        yaml.Text("jobforge." + template.TemplateKey);
        yaml.EndList();
        yaml.EndMap();
        yaml.EndMap();
        yaml.StartMap("permissions");
        yaml.Plain("contents");
        yaml.Plain(template.IsActionJob ? "write" : "read");
        yaml.EndMap();
        yaml.StartMap("jobs");
        WriteJobs(yaml, template.Steps);
        yaml.EndMap();
        yaml.End();
        return text.ToString();
    }

    /// <summary>The comment at the top: what to configure, and (once) which steps have no GitHub equivalent.</summary>
    private static List<string> Notes(JobTemplate template)
    {
        var notes = new List<string> { $"Exported by JobForge from {template.TemplateKey} {template.Version}." };
        if (template.Steps.Any(step => step.Uses is HandlerKinds.Http or HandlerKinds.AutopilotModule))
        {
            notes.Add("HTTP and module calls are signed like JobForge's: set the secret JOBFORGE_SIGNING_SECRET (http steps) or");
            notes.Add("JOBFORGE_<MODULE>_SIGNING_SECRET and the variable JOBFORGE_<MODULE>_URL (module steps).");
        }

        if (template.Steps.Any(step => step.Uses == HandlerKinds.Approval || step.RequiresApproval))
        {
            notes.Add($"Approvals wait in the '{ApprovalEnvironment}' environment: give it required reviewers (Settings > Environments).");
        }

        if (Unsupported(template.Steps) is { } unsupported)
        {
            notes.Add(unsupported);
        }

        return notes;
    }

    private static void WriteInputs(WorkflowEmitter yaml, JsonElement schema)
    {
        if (schema.ValueKind != JsonValueKind.Object || !schema.TryGetProperty("properties", out var properties)
            || properties.ValueKind != JsonValueKind.Object)
        {
            return;
        }

        var required = schema.TryGetProperty("required", out var list) && list.ValueKind == JsonValueKind.Array
            ? list.EnumerateArray().Where(item => item.ValueKind == JsonValueKind.String).Select(item => item.GetString()!).ToHashSet(StringComparer.Ordinal)
            : [];
        foreach (var property in properties.EnumerateObject())
        {
            var input = property.Value;
            yaml.Text(property.Name);
            yaml.StartMap();
            yaml.Pair("description", Text(input, "description") ?? property.Name);
            yaml.Plain("required");
            yaml.Plain(required.Contains(property.Name) ? "true" : "false");
            var isEnum = input.ValueKind == JsonValueKind.Object && input.TryGetProperty("enum", out var values) && values.ValueKind == JsonValueKind.Array;
            yaml.Plain("type");
            yaml.Plain(isEnum ? "choice" : Text(input, "type") switch { "boolean" => "boolean", "number" or "integer" => "number", _ => "string" });
            if (isEnum)
            {
                yaml.StartList("options");
                foreach (var option in input.GetProperty("enum").EnumerateArray())
                {
                    yaml.Text(Scalar(option));
                }

                yaml.EndList();
            }

            if (input.ValueKind == JsonValueKind.Object && input.TryGetProperty("default", out var given))
            {
                yaml.Plain("default");
                WriteDefault(yaml, given);
            }

            yaml.EndMap();
        }
    }

    private static void WriteDefault(WorkflowEmitter yaml, JsonElement value)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.True or JsonValueKind.False:
                yaml.Plain(value.ValueKind == JsonValueKind.True ? "true" : "false");
                break;
            case JsonValueKind.Number:
                yaml.Plain(value.GetRawText());
                break;
            default:
                yaml.Text(Scalar(value));
                break;
        }
    }

    private static string Scalar(JsonElement value) => value.ValueKind == JsonValueKind.String ? value.GetString()! : value.GetRawText();

    private static string? Text(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;
}
