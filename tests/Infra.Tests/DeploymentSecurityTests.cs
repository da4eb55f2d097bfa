using System.Text.Json;
using System.Text.RegularExpressions;

namespace JobForge.Infra.Tests;

/// <summary>
/// Identities instead of keys: no storage or Service Bus key or keyed connection string anywhere, every secret a Key
/// Vault reference to a secret the template manages, no secret in an output, and exactly five least-privilege roles.
/// </summary>
public sealed partial class DeploymentSecurityTests
{
    // What a key, a keyed connection string or a key-listing call looks like in ARM JSON or an app setting.
    private static readonly string[] KeyMarkers =
    [
        "listKeys(", "listConnectionStrings(", "listAccountSas(", "listServiceSas(", "listSecrets(",
        "AccountKey=", "SharedAccessKey=", "SharedAccessKeyName=", "SharedAccessSignature=", "DefaultEndpointsProtocol=",
        "primaryKey", "secondaryKey", "primaryConnectionString", "AuthorizationRules",
    ];

    // App setting names that hold a secret. APPLICATIONINSIGHTS_CONNECTION_STRING is not one: it names an ingestion
    // endpoint and resource, and grants nothing but writing telemetry.
    private static readonly Regex SecretName = SecretSettingName();

    private static readonly Dictionary<string, string> ExpectedRoles = new(StringComparer.OrdinalIgnoreCase)
    {
        ["b7e6dc6d-f1e8-4753-8033-0f276bb0955b"] = "Storage Blob Data Owner|Microsoft.Storage/storageAccounts/",
        ["974c5e8b-45b9-4653-ba55-5f855dd0fb88"] = "Storage Queue Data Contributor|Microsoft.Storage/storageAccounts/",
        ["0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3"] = "Storage Table Data Contributor|Microsoft.Storage/storageAccounts/",
        ["69a216fc-b8fb-44d8-bc22-1f3c2cd27a39"] = "Azure Service Bus Data Sender|Microsoft.ServiceBus/namespaces/",
        ["4633458b-17de-408a-b874-0445c86b69e6"] = "Key Vault Secrets User|Microsoft.KeyVault/vaults/",
    };

    // Always referenced (written empty when no value is given); the field-encryption key only when one is given.
    private static readonly string[] RequiredSecretSettings =
        ["JOBFORGE_POLICY_TOKEN_SECRET", "JobForge__Auth__BootstrapKey", "JobForge__Steps__Http__SigningSecret"];

    private static readonly Regex ManagedSecretName = ManagedSecret();

    public static TheoryData<string> ParameterFiles() => [.. InfraPaths.ParameterFiles()];

    [Fact]
    public async Task CompiledTemplate_HasNoKeyOrKeyedConnectionString()
    {
        var template = await CompiledTemplate.MainAsync();

        Assert.All(KeyMarkers, marker => Assert.DoesNotContain(marker, template, StringComparison.OrdinalIgnoreCase));
        Assert.Contains("\"allowSharedKeyAccess\": false", template, StringComparison.Ordinal);
        Assert.Contains("\"disableLocalAuth\": true", template, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(ParameterFiles))]
    public void Snapshot_HasNoKeyOrKeyedConnectionString(string parameterFile)
    {
        var snapshot = DeploymentSnapshot.Load(parameterFile);

        Assert.All(KeyMarkers, marker => Assert.DoesNotContain(marker, snapshot.Text, StringComparison.OrdinalIgnoreCase));
        var storage = Assert.Single(snapshot.OfType("Microsoft.Storage/storageAccounts"));
        Assert.False(DeploymentSnapshot.Properties(storage).GetProperty("allowSharedKeyAccess").GetBoolean());
        var serviceBus = Assert.Single(snapshot.OfType("Microsoft.ServiceBus/namespaces"));
        Assert.True(DeploymentSnapshot.Properties(serviceBus).GetProperty("disableLocalAuth").GetBoolean());
        var vault = Assert.Single(snapshot.OfType("Microsoft.KeyVault/vaults"));
        Assert.True(DeploymentSnapshot.Properties(vault).GetProperty("enableRbacAuthorization").GetBoolean());
    }

    [Theory]
    [MemberData(nameof(ParameterFiles))]
    public void AppSettings_EverySecretIsAKeyVaultReferenceToAManagedSecret(string parameterFile)
    {
        var snapshot = DeploymentSnapshot.Load(parameterFile);
        var vault = DeploymentSnapshot.Name(Assert.Single(snapshot.OfType("Microsoft.KeyVault/vaults")));
        var written = snapshot.OfType("Microsoft.KeyVault/vaults/secrets").Select(secret => DeploymentSnapshot.Name(secret).Split('/')[1]).ToHashSet();
        var sites = snapshot.AppSettings();
        Assert.NotEmpty(sites);

        foreach (var (site, settings) in sites)
        {
            Assert.All(RequiredSecretSettings, name => Assert.True(settings.ContainsKey(name), $"{site} lacks {name}."));
            foreach (var (name, value) in settings.Where(setting => SecretName.IsMatch(setting.Key)))
            {
                var reference = KeyVaultReference().Match(value);
                Assert.True(reference.Success, $"{site}: {name} must be a Key Vault reference, not a value.");
                Assert.Equal(vault, reference.Groups["vault"].Value);
                Assert.Matches(ManagedSecretName, reference.Groups["secret"].Value);
                Assert.True(written.Count == 0 || written.Contains(reference.Groups["secret"].Value),
                    $"{site}: {name} refers to a secret this deployment does not write.");
            }

            Assert.All(settings.Where(setting => setting.Value.Contains("@Microsoft.KeyVault", StringComparison.OrdinalIgnoreCase)),
                setting => Assert.Matches(SecretName, setting.Key));
        }
    }

    [Fact]
    public void Deployment_WithoutAFieldEncryptionKey_WiresNoActiveKey()
    {
        var settings = DeploymentSnapshot.Load("main.bicepparam").AppSettings().Values.Single();

        Assert.DoesNotContain(settings.Keys, name => name.StartsWith("JobForge__Events__Encryption__", StringComparison.Ordinal));
    }

    [Fact]
    public void Deployment_WithAFieldEncryptionKeyId_ReferencesItsKeyAndMakesItActive()
    {
        var settings = DeploymentSnapshot.Load("server-and-functions.bicepparam").AppSettings().Values;

        Assert.All(settings, site =>
        {
            Assert.Equal("k1", site["JobForge__Events__Encryption__ActiveKeyId"]);
            Assert.EndsWith(";SecretName=field-encryption-key-k1)", site["JobForge__Events__Encryption__Keys__k1"], StringComparison.Ordinal);
        });
    }

    [Theory]
    [InlineData("main.bicepparam", 3)]
    [InlineData("server-and-functions.bicepparam", 0)]
    public void KeyVaultSecrets_AreWrittenFromSecureParametersOnly_UnlessKeptByHand(string parameterFile, int written)
    {
        var snapshot = DeploymentSnapshot.Load(parameterFile);

        var secrets = snapshot.OfType("Microsoft.KeyVault/vaults/secrets").ToList();

        Assert.Equal(written, secrets.Count);
        Assert.All(secrets, secret => Assert.StartsWith(
            "[coalesce(tryGet(parameters('secretValues')",
            DeploymentSnapshot.Properties(secret).GetProperty("value").GetString(),
            StringComparison.Ordinal));
    }

    [Fact]
    public async Task Outputs_NeverCarryASecret()
    {
        using var template = JsonDocument.Parse(await CompiledTemplate.MainAsync());
        var secureParameters = template.RootElement.GetProperty("parameters").EnumerateObject()
            .Where(parameter => parameter.Value.TryGetProperty("type", out var type) && type.GetString() is "securestring" or "secureObject")
            .Select(parameter => parameter.Name)
            .ToList();

        Assert.Equal(["policyTokenSecret", "bootstrapOperatorKey", "fieldEncryptionKey", "httpStepSigningSecret"], secureParameters);
        foreach (var outputValue in template.RootElement.GetProperty("outputs").EnumerateObject())
        {
            var text = outputValue.Value.TryGetProperty("value", out var value) ? value.GetRawText() : outputValue.Value.GetRawText();
            Assert.DoesNotContain("secure", outputValue.Value.GetProperty("type").GetString() ?? string.Empty, StringComparison.OrdinalIgnoreCase);
            Assert.All(secureParameters, parameter => Assert.DoesNotContain(parameter, text, StringComparison.Ordinal));
            Assert.DoesNotContain("@Microsoft.KeyVault", text, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("secretValues", text, StringComparison.Ordinal);
            Assert.DoesNotContain("vaults/secrets", text, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Theory]
    [MemberData(nameof(ParameterFiles))]
    public void RoleAssignments_AreExactlyTheFiveDataRoles_OnTheirOwnResources(string parameterFile)
    {
        var snapshot = DeploymentSnapshot.Load(parameterFile);

        var assignments = snapshot.OfType("Microsoft.Authorization/roleAssignments")
            .Select(assignment => (
                Id: assignment.GetProperty("id").GetString() ?? string.Empty,
                Properties: DeploymentSnapshot.Properties(assignment)))
            .ToList();

        var roles = assignments.Select(assignment => RoleId(assignment.Properties.GetProperty("roleDefinitionId").GetString())).ToList();
        Assert.Equal(ExpectedRoles.Keys.Order(StringComparer.OrdinalIgnoreCase), roles.Order(StringComparer.OrdinalIgnoreCase));
        foreach (var (id, properties) in assignments)
        {
            var scope = ExpectedRoles[RoleId(properties.GetProperty("roleDefinitionId").GetString())].Split('|')[1];
            Assert.Contains("/providers/" + scope, id, StringComparison.Ordinal);
            Assert.Equal("ServicePrincipal", properties.GetProperty("principalType").GetString());
            Assert.Contains("userAssignedIdentities/id-jobforge-", properties.GetProperty("principalId").GetString(), StringComparison.Ordinal);
        }
    }

    private static string RoleId(string? roleDefinitionId) =>
        RoleGuid().Match(roleDefinitionId ?? string.Empty) is { Success: true } match
            ? match.Value
            : throw new InvalidOperationException($"No role GUID in '{roleDefinitionId}'.");

    [GeneratedRegex(
        @"^(?!APPLICATIONINSIGHTS_CONNECTION_STRING$).*(Secret|Password|BootstrapKey|ConnectionString|Encryption__Keys__|AccountKey|SasToken|ApiKey)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SecretSettingName();

    [GeneratedRegex(@"^@Microsoft\.KeyVault\(VaultName=(?<vault>[a-z0-9-]+);SecretName=(?<secret>[A-Za-z0-9-]+)\)$")]
    private static partial Regex KeyVaultReference();

    [GeneratedRegex("^(policy-token-secret|bootstrap-operator-key|http-step-signing-secret|field-encryption-key-[A-Za-z0-9_-]+)$")]
    private static partial Regex ManagedSecret();

    [GeneratedRegex(@"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$", RegexOptions.IgnoreCase)]
    private static partial Regex RoleGuid();
}
