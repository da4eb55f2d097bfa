using System.Text.Json;
using JobForge.Domain.Events;
using JobForge.Domain.Runs;

namespace JobForge.Domain.Artifacts;

/// <summary>
/// Checks a <see cref="ReplayBundle"/> from anywhere before it is replayed: the version, the ids, that the template's
/// SHA-256 matches its JSON, and that the inputs are canonical JSON whose SHA-256 matches. Returns every problem with
/// its path (empty when the bundle verifies); never throws.
/// </summary>
public static class ReplayBundleVerifier
{
    /// <summary>The problem code of a hash that does not match its content.</summary>
    public const string HashMismatch = "hash_mismatch";

    /// <summary>The problem code of inputs that are not in canonical form.</summary>
    public const string NotCanonical = "not_canonical";

    /// <summary>The most steps a bundle may list.</summary>
    public const int MaxSteps = 1000;

    /// <summary>The problems of <paramref name="bundle"/>; empty when it verifies.</summary>
    public static IReadOnlyList<ValidationProblem> Verify(ReplayBundle? bundle)
    {
        var problems = new List<ValidationProblem>();
        if (bundle is null)
        {
            problems.Add(new("$", ValidationProblemCodes.Required, "a replay bundle is required"));
            return problems;
        }

        if (bundle.BundleVersion != ReplayBundle.CurrentVersion)
        {
            problems.Add(new("$.bundle_version", ValidationProblemCodes.InvalidValue, "bundle_version must be '1.0'"));
        }

        if (!RunId.IsValid(bundle.RunId))
        {
            problems.Add(new("$.run_id", ValidationProblemCodes.InvalidFormat, "a run id is 'run_' followed by 32 lowercase hex digits"));
        }

        if (!StorageSafeId.IsValid(bundle.TenantId, StorageSafeId.MaxScopeIdLength))
        {
            problems.Add(new("$.tenant_id", ValidationProblemCodes.InvalidFormat, "tenant_id must be 1-64 of " + StorageSafeId.AllowedCharactersDescription));
        }

        VerifyTemplate(bundle.Template, problems);
        VerifyInputs(bundle.Inputs, problems);
        VerifySteps(bundle.Steps, problems);
        if (bundle.Provenance is null)
        {
            problems.Add(new("$.provenance", ValidationProblemCodes.Required, "provenance is required"));
        }

        if (string.IsNullOrEmpty(bundle.Status))
        {
            problems.Add(new("$.status", ValidationProblemCodes.Required, "status is required"));
        }

        return problems;
    }

    private static void VerifyTemplate(ReplayTemplate? template, List<ValidationProblem> problems)
    {
        if (template?.Json is null || template.Sha256 is null || template.Key is null)
        {
            problems.Add(new("$.template", ValidationProblemCodes.Required, "template needs key, version, json and sha256"));
            return;
        }

        if (!IsJson(template.Json))
        {
            problems.Add(new("$.template.json", ValidationProblemCodes.InvalidJson, "template.json is not JSON text"));
        }

        if (!string.Equals(CanonicalJson.Sha256Hex(template.Json), template.Sha256, StringComparison.Ordinal))
        {
            problems.Add(new("$.template.sha256", HashMismatch, "template.sha256 is not the SHA-256 of template.json"));
        }
    }

    private static void VerifyInputs(ReplayInputs? inputs, List<ValidationProblem> problems)
    {
        if (inputs?.CanonicalJson is null || inputs.Sha256 is null)
        {
            problems.Add(new("$.inputs", ValidationProblemCodes.Required, "inputs needs canonical_json and sha256"));
            return;
        }

        if (Canonical(inputs.CanonicalJson) is not { } canonical)
        {
            problems.Add(new("$.inputs.canonical_json", ValidationProblemCodes.InvalidJson, "inputs.canonical_json is not JSON text"));
        }
        else if (!string.Equals(canonical, inputs.CanonicalJson, StringComparison.Ordinal))
        {
            problems.Add(new("$.inputs.canonical_json", NotCanonical, "inputs.canonical_json is not canonical (keys sorted by ordinal, no whitespace)"));
        }

        if (!string.Equals(CanonicalJson.Sha256Hex(inputs.CanonicalJson), inputs.Sha256, StringComparison.Ordinal))
        {
            problems.Add(new("$.inputs.sha256", HashMismatch, "inputs.sha256 is not the SHA-256 of inputs.canonical_json"));
        }
    }

    private static void VerifySteps(IReadOnlyList<ReplayStep>? steps, List<ValidationProblem> problems)
    {
        if (steps is null)
        {
            problems.Add(new("$.steps", ValidationProblemCodes.Required, "steps is required"));
            return;
        }

        if (steps.Count > MaxSteps)
        {
            problems.Add(new("$.steps", ValidationProblemCodes.TooManyItems, $"a bundle lists at most {MaxSteps} steps"));
            return;
        }

        var ids = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < steps.Count; i++)
        {
            if (steps[i] is not { Id: { Length: > 0 } id, Uses: not null, Status: not null })
            {
                problems.Add(new(JsonPathText.Item("$.steps", i), ValidationProblemCodes.Required, "a step needs id, uses and status"));
            }
            else if (!ids.Add(id))
            {
                problems.Add(new(JsonPathText.Item("$.steps", i) + ".id", ValidationProblemCodes.DuplicateField, "step ids must be unique"));
            }
        }
    }

    private static bool IsJson(string text) => Canonical(text) is not null;

    private static string? Canonical(string text)
    {
        try
        {
            using var document = JsonDocument.Parse(text, new JsonDocumentOptions { MaxDepth = 64 });
            return CanonicalJson.ToText(document.RootElement);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
