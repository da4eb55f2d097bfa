using System.Text.Json;
using System.Text.Json.Nodes;
using JobForge.Domain.Events;
using JobForge.Domain.Steps;

namespace JobForge.Application.Steps.Handlers.Command;

public sealed partial class CommandStepHandler
{
    private const string LogContentType = "text/plain";

    /// <summary>The log artifact's name: <c>{step_id}.log</c>, with characters outside <c>[A-Za-z0-9._-]</c> replaced.</summary>
    internal static string LogArtifactName(string stepId)
    {
        var safe = new string([.. stepId.Take(120).Select(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '-' ? c : '_')]);
        return (safe.Length == 0 ? "step" : safe) + ".log";
    }

    private static JsonObject Problems(IReadOnlyList<ValidationProblem> problems) => new()
    {
        ["problems"] = new JsonArray([.. problems.Select(problem => (JsonNode)new JsonObject
        {
            ["path"] = problem.Path,
            ["code"] = problem.Code,
            ["message"] = problem.Message,
        })]),
    };

    private static JsonElement ToElement(JsonObject value) => JsonSerializer.SerializeToElement(value);

    private StepHandlerResult Fail(string type, string message, bool retryable, JsonObject? details = null, StepArtifact? log = null) =>
        StepHandlerResult.Failed(
            new StepFailure(type, message, Kind, _time.GetUtcNow(), retryable) { Details = details is null ? null : ToElement(details) },
            log is null ? null : [log]);

    private StepHandlerResult Ended(ProcessOutcome outcome, string what, StepArtifact log)
    {
        var details = new JsonObject { ["duration_ms"] = (long)outcome.Duration.TotalMilliseconds, ["log_artifact"] = log.Name };
        return outcome.End == ProcessEnd.TimedOut
            ? Fail(StepFailureTypes.Timeout, $"{what} ran past its timeout; its process tree was killed.", retryable: true, details, log)
            : Fail(StepFailureTypes.Canceled, $"{what} was canceled; its process tree was killed.", retryable: false, details, log);
    }

    private StepArtifact Artifact(StepContext context, OutputCapture log) =>
        new(LogArtifactName(context.StepId), LogContentType, log.ToArray(SecretsOf(context)));

    // The step's own secret values and every secret the server knows, longest first (a longer one may contain a shorter).
    private string[] SecretsOf(StepContext context) =>
        [.. context.SecretValues.Concat(_secrets.Values).Distinct(StringComparer.Ordinal).OrderByDescending(secret => secret.Length)];
}
