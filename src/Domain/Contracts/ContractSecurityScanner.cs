using System.Text.Json;
using JobForge.Domain.Events;

namespace JobForge.Domain.Contracts;

/// <summary>
/// Finds credentials written into a contract's JSON tree (YAML contracts are converted to JSON first). Only literal
/// text is scanned: every <c>${{ … }}</c> is cut out first, so <c>${{ secrets.TOKEN }}</c> never triggers a finding.
/// Each finding has the value's JSON path and a rule id from <see cref="SecurityRules"/>; messages show at most four
/// characters of a value of 16 or more (<see cref="SecretMask.Preview"/>). At most one finding per path and rule.
/// Pure and bounded: depth, scanned length and finding count are capped; every pattern runs on a linear-time regex engine.
/// </summary>
/// <remarks>
/// False-positive handling: the high-entropy rule only runs inside step inputs (<c>with</c>) unless
/// <see cref="SecurityScanOptions.EntropyEverywhere"/>, skips strings another rule already flagged, splits tokens at <c>=</c> and URLs at
/// <c>/ ? &amp; = # : @ .</c> so paths and host names are separate words, ignores pure-hex tokens (commit SHAs, digests,
/// UUIDs) and words that read like identifiers (long runs of one character class, as in <c>ReleaseCandidate2024</c>).
/// The password rule ignores values that are an expression, contain one, or look like a secret name
/// (<c>DB_PASSWORD</c>), and non-string, non-number values.
/// </remarks>
public static partial class ContractSecurityScanner
{
    /// <summary>Scans <paramref name="contract"/>, found at JSON <paramref name="rootPath"/>.</summary>
    public static IReadOnlyList<SecurityFinding> Scan(JsonElement contract, SecurityScanOptions? options = null, string rootPath = "$")
    {
        options ??= SecurityScanOptions.Default;
        var findings = new List<SecurityFinding>();
        ContractJsonWalker.Walk(contract, rootPath, (value, path, names) =>
        {
            switch (value.ValueKind)
            {
                case JsonValueKind.Object:
                    ScanServiceAccount(value, path, findings);
                    break;
                case JsonValueKind.String:
                    ScanString(JsonRawText.String(value, out _), path, names, options, findings);
                    break;
                case JsonValueKind.Number when names.Count > 0 && IsPasswordName(names[^1]):
                    Add(findings, path, SecurityRules.HardcodedPassword,
                        $"'{Cut(names[^1])}' holds a literal number; reference a secret with ${{{{ secrets.NAME }}}} instead");
                    break;
            }

            return findings.Count < options.MaxFindings;
        });
        return findings.Count > options.MaxFindings ? findings.GetRange(0, options.MaxFindings) : findings;
    }

    private static void ScanString(string text, string path, IReadOnlyList<string> names, SecurityScanOptions options, List<SecurityFinding> findings)
    {
        if (text.Length > options.MaxScannedLength)
        {
            text = text[..options.MaxScannedLength];
        }

        var parsed = ExpressionParser.Parse(text, new ExpressionParserOptions { AllowEvent = true, MaxStringLength = options.MaxScannedLength });
        var literal = parsed.Value?.LiteralText ?? text;
        var before = findings.Count;
        ScanPatterns(literal, path, findings);
        var name = names.Count > 0 ? names[^1] : null;
        if (name is not null)
        {
            ScanNamed(name, literal, parsed.Value?.HasExpressions ?? false, path, findings);
        }

        if (findings.Count == before && (options.EntropyEverywhere || names.Contains("with", StringComparer.Ordinal)))
        {
            ScanEntropy(literal, path, options.MinEntropyTokenLength, findings);
        }
    }

    private static void ScanServiceAccount(JsonElement value, string path, List<SecurityFinding> findings)
    {
        var text = JsonValueText.StringProperty(value, "private_key");
        if (text is { Length: > 0 } && JsonValueText.StringProperty(value, "type") == "service_account"
            && ExpressionParser.Parse(text).Value is { HasExpressions: false })
        {
            Add(findings, JsonPathText.Property(path, "private_key"), SecurityRules.GcpServiceAccount,
                $"a GCP service-account key with a literal private_key {SecretMask.Preview(text)}; store the key as a secret");
        }
    }

    private static void Add(List<SecurityFinding> findings, string path, string rule, string message)
    {
        if (!findings.Exists(finding => finding.Path == path && finding.Rule == rule))
        {
            findings.Add(new SecurityFinding(path, rule, message));
        }
    }

    private static string Cut(string name) => name.Length <= 64 ? name : name[..64] + "…";
}
