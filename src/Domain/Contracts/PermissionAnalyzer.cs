using JobForge.Domain.Auth;

namespace JobForge.Domain.Contracts;

/// <summary>
/// Checks a template's declared scopes against what its steps do. Errors: a write-capable step in a template that is
/// not an action job; an action job without a scope covering <c>&lt;category&gt;:write</c>. Warnings: scopes broader
/// than <c>&lt;category&gt;:write</c>, write scopes nothing needs, and unknown handler kinds (treated as write-capable).
/// </summary>
public static class PermissionAnalyzer
{
    /// <summary>The findings for <paramref name="input"/>, errors and warnings in path order of steps then scopes.</summary>
    public static IReadOnlyList<PermissionFinding> Analyze(PermissionAnalysisInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var canWrite = input.CanWrite ?? HandlerWriteTable.CanWrite;
        var findings = new List<PermissionFinding>();
        var writes = false;
        for (var i = 0; i < input.Steps.Count; i++)
        {
            var step = input.Steps[i];
            var path = $"{input.StepsPath}[{i}]";
            if (input.CanWrite is null && !HandlerWriteTable.IsKnown(step.Handler))
            {
                findings.Add(new(path, PermissionSeverity.Warning, PermissionCodes.UnknownHandler,
                    $"step '{step.StepId}' uses handler '{step.Handler}', which is treated as able to write"));
            }

            if (!canWrite(step))
            {
                continue;
            }

            writes = true;
            if (!input.IsActionJob)
            {
                findings.Add(new(path, PermissionSeverity.Error, PermissionCodes.WriteStepInNonActionJob,
                    $"step '{step.StepId}' ({Describe(step)}) can write, but the template is not an action job"));
            }
        }

        CheckScopes(input, writes, findings);
        return findings;
    }

    private static void CheckScopes(PermissionAnalysisInput input, bool writes, List<PermissionFinding> findings)
    {
        var required = $"{input.Category}:write";
        var covering = false;
        for (var i = 0; i < input.Scopes.Count; i++)
        {
            var scope = input.Scopes[i] ?? string.Empty;
            var path = $"{input.ScopesPath}[{i}]";
            var covers = ScopeGrant.Covers(scope, required) || scope == ApiKeyScopes.Admin;
            covering |= covers;
            if (!covers)
            {
                continue;
            }

            if (!input.IsActionJob || !writes)
            {
                var why = input.IsActionJob ? "no step writes" : "the template is not an action job";
                findings.Add(new(path, PermissionSeverity.Warning, PermissionCodes.UnneededWriteScope, $"'{scope}' grants writes, but {why}"));
            }
            else if (scope != required)
            {
                findings.Add(new(path, PermissionSeverity.Warning, PermissionCodes.BroadScope,
                    $"'{scope}' is broader than the steps need; declare '{required}' instead"));
            }
        }

        if (input.IsActionJob && !covering)
        {
            findings.Add(new(input.ScopesPath, PermissionSeverity.Error, PermissionCodes.MissingWriteScope,
                $"an action job must declare '{required}'"));
        }
    }

    private static string Describe(StepPermissionInput step) => step.Handler switch
    {
        "http" => $"http {step.Method?.ToUpperInvariant() ?? "GET"}",
        "autopilot.module" => $"autopilot.module {step.Operation ?? "(no operation)"}",
        _ => step.Handler,
    };
}
