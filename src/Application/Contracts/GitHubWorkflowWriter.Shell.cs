using System.Globalization;
using System.Text.Json;
using JobForge.Domain.Templates;

namespace JobForge.Application.Contracts;

public static partial class GitHubWorkflowWriter
{
    // A JobForge duration in the short form (500ms, 30s, 5m, 2h, 1d) as whole seconds, then sleep.
    private const string DelayScript =
        "d=\"$JOBFORGE_DURATION\"\n"
        + "case \"$d\" in\n"
        + "  *ms) s=$(( (${d%ms} + 999) / 1000 )) ;;\n"
        + "  *s) s=${d%s} ;;\n"
        + "  *m) s=$(( ${d%m} * 60 )) ;;\n"
        + "  *h) s=$(( ${d%h} * 3600 )) ;;\n"
        + "  *d) s=$(( ${d%d} * 86400 )) ;;\n"
        + "  *) echo \"::error::unsupported duration '$d' (use 30s, 5m, 2h or 1d)\"; exit 1 ;;\n"
        + "esac\n"
        + "sleep \"$s\"";

    /// <summary>
    /// A curl signed as JobForge signs (<c>X-JobForge-Timestamp</c>, <c>X-JobForge-Signature: sha256=HMAC(secret,
    /// timestamp + "." + body)</c>, <c>Idempotency-Key: {run id}:{step}:{attempt}</c>), retried like the step
    /// (408, 429, 5xx and network errors), whose status and body become the step's <c>status</c> and <c>response</c>
    /// outputs; a non-2xx answer fails the step.
    /// </summary>
    private static string SignedCurl(TemplateStep step, string arguments, List<(string Name, string Value)> env)
    {
        env.Add(("JOBFORGE_IDEMPOTENCY_KEY", "${{ github.run_id }}:" + step.Id + ":${{ github.run_attempt }}"));
        var retries = Math.Max(0, (step.Retry ?? StepRetry.Default).MaxAttempts - 1).ToString(CultureInfo.InvariantCulture);
        return "ts=\"$(date +%s)\"\n"
            + "sig=\"sha256=$(printf '%s.%s' \"$ts\" \"$JOBFORGE_BODY\" | openssl dgst -sha256 -hmac \"$JOBFORGE_SIGNING_SECRET\" | sed 's/^.*= //')\"\n"
            + $"status=\"$(curl -sS --retry {retries} -o \"$RUNNER_TEMP/jobforge-response\" -w '%{{http_code}}' -X \"$JOBFORGE_METHOD\" "
            + "-H \"X-JobForge-Timestamp: $ts\" -H \"X-JobForge-Signature: $sig\" -H \"Idempotency-Key: $JOBFORGE_IDEMPOTENCY_KEY\""
            + arguments + " \"$JOBFORGE_URL\")\"\n"
            + "echo \"status=$status\" >> \"$GITHUB_OUTPUT\"\n"
            + "{ echo 'response<<JOBFORGE_EOF'; cat \"$RUNNER_TEMP/jobforge-response\"; echo; echo 'JOBFORGE_EOF'; } >> \"$GITHUB_OUTPUT\"\n"
            + "case \"$status\" in 2??) ;; *) echo \"::error::$JOBFORGE_METHOD answered $status\"; exit 1 ;; esac";
    }

    /// <summary>A command step: the allow-listed executable by name with each argument from its own variable (no shell splicing).</summary>
    private static string CommandScript(JsonElement with, List<(string Name, string Value)> env)
    {
        var executable = Field(with, "executable") ?? "true";
        env.Add(("JOBFORGE_EXECUTABLE", executable));
        var line = "\"$JOBFORGE_EXECUTABLE\"";
        if (with.ValueKind == JsonValueKind.Object && with.TryGetProperty("args", out var args) && args.ValueKind == JsonValueKind.Array)
        {
            var index = 0;
            foreach (var arg in args.EnumerateArray())
            {
                var name = "JOBFORGE_ARG_" + (++index).ToString(CultureInfo.InvariantCulture);
                env.Add((name, GitHubExpression.Translate(arg.ValueKind == JsonValueKind.String ? arg.GetString()! : arg.GetRawText())));
                line += $" \"${name}\"";
            }
        }

        if (with.ValueKind == JsonValueKind.Object && with.TryGetProperty("env", out var variables) && variables.ValueKind == JsonValueKind.Object)
        {
            foreach (var variable in variables.EnumerateObject())
            {
                env.Add((variable.Name, GitHubExpression.Translate(variable.Value.ValueKind == JsonValueKind.String ? variable.Value.GetString()! : variable.Value.GetRawText())));
            }
        }

        return line;
    }

    /// <summary>Where a command step runs: its <c>working_directory</c>, or the verify pack's <c>workspace</c>.</summary>
    private static string? WorkingDirectory(TemplateStep step) =>
        step.Uses != HandlerKinds.Command ? null
            : Field(step.With, "command") == "verify_pack" ? GitHubExpression.Translate(Field(step.With, "workspace") ?? ".")
            : Field(step.With, "working_directory") is { } directory ? GitHubExpression.Translate(directory) : null;
}
