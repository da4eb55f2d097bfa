using System.Text.RegularExpressions;

namespace JobForge.Domain.Contracts;

/// <content>The value-shape rules: each a linear-time regular expression.</content>
public static partial class ContractSecurityScanner
{
    private const RegexOptions Linear = RegexOptions.NonBacktracking | RegexOptions.CultureInvariant;

    private static readonly (string Rule, Regex Pattern, string What)[] s_patterns =
    [
        (SecurityRules.PrivateKey, new Regex(@"-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----", Linear), "a PEM private key"),
        (SecurityRules.AwsAccessKey, new Regex(@"\b(?:AKIA|ASIA)[A-Z0-9]{16}\b", Linear), "an AWS access key id"),
        (SecurityRules.GitHubToken, new Regex(@"\b(?:gh[pousr]_[A-Za-z0-9]{36}|github_pat_[A-Za-z0-9_]{22,})", Linear), "a GitHub token"),
        (SecurityRules.SlackToken, new Regex(@"\bxox[baprs]-[A-Za-z0-9-]{10,}", Linear), "a Slack token"),
        (SecurityRules.StripeKey, new Regex(@"\b[rs]k_live_[A-Za-z0-9]{16,}", Linear), "a Stripe live key"),
        (SecurityRules.Jwt, new Regex(@"\beyJ[A-Za-z0-9_-]{5,}\.eyJ[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]*", Linear), "a JSON Web Token"),
        (SecurityRules.AzureConnectionString, new Regex(@"(?i:AccountKey|SharedAccessKey)=[A-Za-z0-9+/]{16,}={0,2}", Linear), "a connection string with a literal key"),
        (SecurityRules.AzureStorageKey, new Regex(@"[A-Za-z0-9+/]{86}==", Linear), "an Azure storage account key"),
        (SecurityRules.BearerToken, new Regex(@"(?i:bearer)\s+[A-Za-z0-9._~+/-]{20,}=*", Linear), "a bearer token"),
    ];

    private static readonly Regex s_awsSecret = new(@"^[A-Za-z0-9/+=]{40}$", Linear);

    private static void ScanPatterns(string literal, string path, List<SecurityFinding> findings)
    {
        if (literal.Length < 16)
        {
            return;
        }

        foreach (var (rule, pattern, what) in s_patterns)
        {
            var match = pattern.Match(literal);
            if (match.Success && !(rule == SecurityRules.AzureStorageKey && HasFinding(findings, path, SecurityRules.AzureConnectionString)))
            {
                Add(findings, path, rule, $"{what} {SecretMask.Preview(match.Value)}; reference a secret with ${{{{ secrets.NAME }}}} instead");
            }
        }
    }

    private static bool HasFinding(List<SecurityFinding> findings, string path, string rule) =>
        findings.Exists(finding => finding.Path == path && finding.Rule == rule);

    private static void ScanNamed(string name, string literal, bool hasExpressions, string path, List<SecurityFinding> findings)
    {
        var normalized = Normalize(name);
        if (normalized.Contains("aws", StringComparison.Ordinal)
            && (normalized.Contains("secret", StringComparison.Ordinal) || normalized.Contains("key", StringComparison.Ordinal))
            && s_awsSecret.IsMatch(literal))
        {
            Add(findings, path, SecurityRules.AwsSecretKey,
                $"'{Cut(name)}' holds what looks like an AWS secret access key {SecretMask.Preview(literal)}; reference a secret instead");
            return;
        }

        if (!hasExpressions && literal.Length > 0 && !findings.Exists(finding => finding.Path == path) && !ExpressionParser.IsSecretName(literal) && IsPasswordName(name))
        {
            Add(findings, path, SecurityRules.HardcodedPassword,
                $"'{Cut(name)}' holds a literal value {SecretMask.Preview(literal)}; reference a secret with ${{{{ secrets.NAME }}}} instead");
        }
    }

    private static readonly string[] s_passwordNames =
        ["token", "authtoken", "accesstoken", "refreshtoken", "apitoken", "bearertoken", "privatekey", "clientsecret"];

    private static readonly string[] s_passwordSuffixes = ["password", "passwd", "pwd", "passphrase", "secret", "apikey", "secretkey", "accesskey"];

    private static bool IsPasswordName(string name)
    {
        var normalized = Normalize(name);
        return Array.IndexOf(s_passwordNames, normalized) >= 0
            || s_passwordSuffixes.Any(suffix => normalized.EndsWith(suffix, StringComparison.Ordinal));
    }

    private static string Normalize(string name) =>
        name.Length > 128
            ? string.Empty
            : name.Replace("_", string.Empty, StringComparison.Ordinal).Replace("-", string.Empty, StringComparison.Ordinal).ToLowerInvariant();
}
