using System.Text.Json;
using JobForge.Domain.Contracts;

namespace JobForge.Domain.Tests.Contracts;

public sealed class ContractSecurityScannerTests
{
    // Fake credentials, built from pieces so the repository holds no credential-shaped literal.
    private static readonly string AwsKey = "AKIA" + "IOSFODNN7EXAMPLE";
    private static readonly string AwsSecret = "wJalrXUtnFEMI/K7MDENG/" + "bPxRfiCYEXAMPLEKEY";
    private static readonly string AzureKey = string.Concat(Enumerable.Repeat("Ab3+", 21)) + "Cd==";
    private static readonly string GitHub = "ghp" + "_" + string.Concat(Enumerable.Repeat("aB3d", 9));
    private static readonly string GitHubPat = "github" + "_pat_" + "11ABCDEFG0123456789_abcdefghijKLMN";
    private static readonly string Slack = "xox" + "b-123456789012-abcdefghijKL";
    private static readonly string Stripe = "sk" + "_live_" + "4eC39HqLyjWDarjtT1zdp7dc";
    private static readonly string Jwt = "eyJhbGciOiJIUzI1NiJ9" + ".eyJzdWIiOiIxMjM0NTY3ODkwIn0" + ".dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U";
    private static readonly string Pem = "-----BEGIN RSA " + "PRIVATE KEY-----\nMIIEowIBAAKCAQEA\n-----END RSA PRIVATE KEY-----";
    private static readonly string Random24 = "q7Zp2LxV9mK3tR8wB4nY6cJ1";

    public static TheoryData<string, string, string, string> Positives => new()
    {
        { Json(new { url = "x", body = new { key = Pem } }), SecurityRules.PrivateKey, "$.body.key", Pem },
        { Json(new { env = new[] { "ID=" + AwsKey } }), SecurityRules.AwsAccessKey, "$.env[0]", AwsKey },
        { Json(new { aws_secret_access_key = AwsSecret }), SecurityRules.AwsSecretKey, "$.aws_secret_access_key", AwsSecret },
        { Json(new { blob = AzureKey }), SecurityRules.AzureStorageKey, "$.blob", AzureKey },
        { Json(new { conn = "DefaultEndpointsProtocol=https;AccountName=x;AccountKey=abcdEFGH1234abcdEFGH1234==;EndpointSuffix=core.windows.net" }), SecurityRules.AzureConnectionString, "$.conn", "abcdEFGH1234abcdEFGH1234==" },
        { Json(new { sa = new { type = "service_account", private_key = "MIIEvQIBADANBgkqhkiG9w0BAQEFAASC", client_email = "a@b" } }), SecurityRules.GcpServiceAccount, "$.sa.private_key", "MIIEvQIBADANBgkqhkiG9w0BAQEFAASC" },
        { Json(new { t = GitHub }), SecurityRules.GitHubToken, "$.t", GitHub },
        { Json(new { t = "x " + GitHubPat }), SecurityRules.GitHubToken, "$.t", GitHubPat },
        { Json(new { hook = Slack }), SecurityRules.SlackToken, "$.hook", Slack },
        { Json(new { k = Stripe }), SecurityRules.StripeKey, "$.k", Stripe },
        { Json(new { h = Jwt }), SecurityRules.Jwt, "$.h", Jwt },
        { Json(new { headers = new { Authorization = "Bearer abcdefghijklmnopqrstuvwxyz0123" } }), SecurityRules.BearerToken, "$.headers.Authorization", "abcdefghijklmnopqrstuvwxyz0123" },
        { Json(new { db = new { password = "hunter2!" } }), SecurityRules.HardcodedPassword, "$.db.password", "hunter2!" },
        { Json(new { client_secret = "a-long-literal-client-secret-value" }), SecurityRules.HardcodedPassword, "$.client_secret", "a-long-literal-client-secret-value" },
        { """{"db_password":123456}""", SecurityRules.HardcodedPassword, "$.db_password", "123456" },
        { Json(new { steps = new[] { new { with = new { signature = "sig=" + Random24 } } } }), SecurityRules.HighEntropyString, "$.steps[0].with.signature", Random24 },
    };

    public static TheoryData<string> NearMisses => new()
    {
        Json(new { key = "-----BEGIN PUBLIC KEY-----\nMIIB" }),
        Json(new { id = "AKIA1234", other = "akiaiosfodnn7example" }),
        Json(new { aws_region = "us-east-1", aws_secret_access_key = "${{ secrets.AWS_SECRET }}" }),
        Json(new { blob = string.Concat(Enumerable.Repeat("Ab3+", 10)) + "==" }),
        Json(new { conn = "AccountName=x;AccountKey=${{ secrets.STORAGE_KEY }};EndpointSuffix=core.windows.net" }),
        Json(new { sa = new { type = "service_account", private_key = "${{ secrets.GCP_KEY }}" } }),
        Json(new { t = "ghp_short", u = "gho_" }),
        Json(new { hook = "xoxz-123456789012-abcdefghij" }),
        Json(new { k = "sk_test_4eC39HqLyjWDarjtT1zdp7dc" }),
        Json(new { h = "eyJhbGciOiJIUzI1NiJ9" }),
        Json(new { with = new { Authorization = "Bearer ${{ secrets.TOKEN }}", token = "${{ secrets.TOKEN }}" } }),
        Json(new { password = "${{ secrets.DB_PASSWORD }}", secret = "DB_PASSWORD", password_min_length = 12, require_password = true, secret_name = "db" }),
        Json(new { with = new { id = "550e8400-e29b-41d4-a716-446655440000", sha = "3f786850e387550fdab836ed7e6dc881de23001b", run = "r1" } }),
        Json(new { with = new { name = "projectAlpha2024ReleaseCandidate", url = "https://example.com/api/v1/ReleaseCandidate2024/items?page=2" } }),
        Json(new { description = "sig=" + Random24 }),
    };

    private static string Json(object value) => JsonSerializer.Serialize(value);

    [Theory]
    [MemberData(nameof(Positives))]
    public void Scan_SecretShapedValue_IsFoundAtItsPathWithoutEchoingIt(string json, string rule, string path, string secret)
    {
        var findings = ContractSecurityScanner.Scan(ContractJson.Parse(json));

        var finding = Assert.Single(findings, f => f.Rule == rule);
        Assert.Equal(path, finding.Path);
        foreach (var any in findings)
        {
            Assert.DoesNotContain(secret, any.Message, StringComparison.Ordinal);
            if (secret.Length >= 8)
            {
                Assert.DoesNotContain(secret[..8], any.Message, StringComparison.Ordinal);
            }
        }
    }

    [Theory]
    [MemberData(nameof(NearMisses))]
    public void Scan_NearMiss_FindsNothing(string json)
    {
        var findings = ContractSecurityScanner.Scan(ContractJson.Parse(json));

        Assert.True(findings.Count == 0, string.Join("; ", findings.Select(f => $"{f.Path} {f.Rule}")));
    }

    [Fact]
    public void Scan_EntropyEverywhere_AlsoLooksOutsideStepInputs()
    {
        var json = ContractJson.Parse(Json(new { description = "sig=" + Random24 }));

        var finding = Assert.Single(ContractSecurityScanner.Scan(json, new SecurityScanOptions { EntropyEverywhere = true }));

        Assert.Equal(SecurityRules.HighEntropyString, finding.Rule);
        Assert.Contains("'q7Zp…' (24 characters)", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Scan_ManySecrets_StopsAtTheLimit()
    {
        var json = ContractJson.Parse(Json(Enumerable.Range(0, 500).ToDictionary(i => $"db{i}_password", i => "literal")));

        Assert.Equal(10, ContractSecurityScanner.Scan(json, new SecurityScanOptions { MaxFindings = 10 }).Count);
    }

    [Fact]
    public void Preview_ShortValues_ShowNoCharacters()
    {
        Assert.Equal("'***' (7 characters)", SecretMask.Preview("hunter2"));
        Assert.Equal("'AKIA…' (20 characters)", SecretMask.Preview(AwsKey));
    }
}
