namespace JobForge.Domain.Contracts;

/// <summary>The stable rule ids of <see cref="SecurityFinding.Rule"/>. New rules may be added.</summary>
public static class SecurityRules
{
    /// <summary>A PEM private key block (<c>-----BEGIN … PRIVATE KEY-----</c>).</summary>
    public const string PrivateKey = "private_key";

    /// <summary>An AWS access key id: <c>AKIA</c> or <c>ASIA</c> and 16 more capitals or digits.</summary>
    public const string AwsAccessKey = "aws_access_key";

    /// <summary>A 40-character base64 value under a property whose name mentions aws and secret or key.</summary>
    public const string AwsSecretKey = "aws_secret_key";

    /// <summary>An 88-character base64 value ending <c>==</c>: the shape of an Azure storage account key.</summary>
    public const string AzureStorageKey = "azure_storage_key";

    /// <summary>A connection string with a literal <c>AccountKey=</c> or <c>SharedAccessKey=</c>.</summary>
    public const string AzureConnectionString = "azure_connection_string";

    /// <summary>A GCP service-account key: an object with <c>"type": "service_account"</c> and a literal <c>private_key</c>.</summary>
    public const string GcpServiceAccount = "gcp_service_account";

    /// <summary>A GitHub token (<c>ghp_</c>, <c>gho_</c>, <c>ghu_</c>, <c>ghs_</c>, <c>ghr_</c>, <c>github_pat_</c>).</summary>
    public const string GitHubToken = "github_token";

    /// <summary>A Slack token (<c>xoxb-</c>, <c>xoxa-</c>, <c>xoxp-</c>, <c>xoxr-</c>, <c>xoxs-</c>).</summary>
    public const string SlackToken = "slack_token";

    /// <summary>A Stripe live secret or restricted key (<c>sk_live_</c>, <c>rk_live_</c>).</summary>
    public const string StripeKey = "stripe_key";

    /// <summary>A JSON Web Token (<c>eyJ….eyJ….…</c>).</summary>
    public const string Jwt = "jwt";

    /// <summary><c>Bearer</c> followed by a token of 20 or more characters.</summary>
    public const string BearerToken = "bearer_token";

    /// <summary>A password-, secret- or key-named property holding a literal value instead of <c>${{ secrets.NAME }}</c>.</summary>
    public const string HardcodedPassword = "hardcoded_password";

    /// <summary>A long random-looking token in a step input.</summary>
    public const string HighEntropyString = "high_entropy_string";
}
