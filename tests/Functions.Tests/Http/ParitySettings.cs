using JobForge.TestKit.Hosting;

namespace JobForge.Functions.Tests.Http;

/// <summary>One host's settings for the parity scenario: the shared Azurite, its own tables and containers, the features on.</summary>
public static class ParitySettings
{
    /// <summary>The operator key both hosts accept.</summary>
    public const string BootstrapKey = "bootstrap-key-for-functions-parity-0123456789abcdef";

    /// <summary>Settings with unique resource names, so the two hosts never read each other's data.</summary>
    public static async Task<IReadOnlyDictionary<string, string?>> CreateAsync() =>
        (await UniqueStorageSettings.ForSharedAzuriteAsync(BootstrapKey))
        .WithJobStores()
        .WithArtifactStore()
        .WithEventEncryption()
        .With(new Dictionary<string, string?>
        {
            ["JobForge:Modules:ops:BaseUrl"] = "http://127.0.0.1:9",
            ["JobForge:Modules:ops:SigningSecret"] = "ops-signing-secret-for-parity-tests",
            ["JOBFORGE_POLICY_TOKEN_SECRET"] = "parity-policy-secret-0123456789abcdef",
            ["JOBFORGE_EVENTS_ENABLED"] = "1",
            ["JOBFORGE_AUDIT_LOGGING_ENABLED"] = "1",
            ["JOBFORGE_AUTOPILOT_JOBS_ENABLED"] = "1",
            ["JOBFORGE_MANIFESTS_ENABLED"] = "1",
            ["REPLAY_PACK_ENABLED"] = "1",
            // Runs stay queued on both: the server's engine loop is off, and the Functions app has no loop at all.
            ["JobForge:Engine:Enabled"] = "false",
        })
        .ToDictionary();
}
