using JobForge.TestKit.Azurite;

namespace JobForge.TestKit.Hosting;

/// <summary>
/// A host's settings on the test Azurite with table, container and queue names no other test uses (<see cref="UniqueNames"/>),
/// so tests running in parallel never share storage. <see cref="ForSharedAzuriteAsync"/> starts with what every host
/// needs; each <c>With…Store…</c> gives one more group of stores names of their own; <see cref="With(string, string?)"/>
/// adds or overrides the keys a fixture needs for itself. A null value removes the key: to configuration, a key set to
/// null and an absent key are the same, so the option's default applies.
/// </summary>
public sealed class UniqueStorageSettings
{
    private static readonly string EventEncryptionKey = Convert.ToBase64String(Enumerable.Range(7, 32).Select(i => (byte)i).ToArray());
    private readonly IDictionary<string, string?> _settings;

    /// <summary>Adds to <paramref name="settings"/> (a fixture's own dictionary), or to an empty one when it is null.</summary>
    public UniqueStorageSettings(IDictionary<string, string?>? settings = null) => _settings = settings ?? new Dictionary<string, string?>();

    /// <summary>
    /// The shared Azurite's connection string, the operator key <paramref name="bootstrapKey"/>, and names of their own
    /// for the stores every host touches: API keys, events (table, tenants table, document container), audit, rate limits.
    /// </summary>
    public static async Task<UniqueStorageSettings> ForSharedAzuriteAsync(string bootstrapKey)
    {
        var azurite = await AzuriteInstance.Shared;
        return new UniqueStorageSettings()
            .With("JobForge:Storage:ConnectionString", azurite.ConnectionString)
            .With("JobForge:Auth:BootstrapKey", bootstrapKey)
            .WithUnique("JobForge:Auth:TableName", "keys")
            .WithUnique("JobForge:EventStore:EventsTableName", "events")
            .WithUnique("JobForge:EventStore:TenantsTableName", "tenants")
            .WithUnique("JobForge:EventStore:BlobContainerName", "docs")
            .WithUnique("JobForge:Audit:TableName", "audit")
            .WithUnique("JobForge:RateLimits:TableName", "limits");
    }

    /// <summary>The template and per-tenant enablement tables.</summary>
    public UniqueStorageSettings WithTemplateStores() =>
        WithUnique("JobForge:Templates:TableName", "templates")
        .WithUnique("JobForge:Templates:EnablementTableName", "switches");

    /// <summary>The run table.</summary>
    public UniqueStorageSettings WithRunStore() => WithUnique("JobForge:Runs:TableName", "runs");

    /// <summary>The policy-token revocations table.</summary>
    public UniqueStorageSettings WithPolicyRevocationStore() => WithUnique("JobForge:Policy:RevocationsTableName", "revocations");

    /// <summary>Every table a job request touches: templates, enablement, runs, policy-token revocations.</summary>
    public UniqueStorageSettings WithJobStores() => WithTemplateStores().WithRunStore().WithPolicyRevocationStore();

    /// <summary>The run artifacts container.</summary>
    public UniqueStorageSettings WithArtifactStore() => WithUnique("JobForge:Artifacts:ContainerName", "artifacts");

    /// <summary>The trigger, trigger state and trigger decision tables.</summary>
    public UniqueStorageSettings WithTriggerStores() =>
        WithUnique("JobForge:Triggers:TableName", "triggers")
        .WithUnique("JobForge:Triggers:StateTableName", "trgstate")
        .WithUnique("JobForge:Triggers:DecisionsTableName", "trgdecisions");

    /// <summary>The scheduler's lease container and blob, so only instances with the same settings compete for leadership.</summary>
    public UniqueStorageSettings WithSchedulerLease() =>
        WithUnique("JobForge:Triggers:Scheduler:LeaseContainer", "leases")
        .WithUnique("JobForge:Triggers:Scheduler:LeaseBlob", "scheduler");

    /// <summary>The Storage queue events are published to and its overflow container.</summary>
    public UniqueStorageSettings WithStorageQueue() =>
        WithUnique("JobForge:Publishing:StorageQueue:QueueName", "events-queue")
        .WithUnique("JobForge:Publishing:StorageQueue:OverflowContainerName", "overflow");

    /// <summary>A field-encryption key (id <c>k1</c>), so events with <c>encrypt_fields</c> are accepted.</summary>
    public UniqueStorageSettings WithEventEncryption() =>
        With("JobForge:Events:Encryption:ActiveKeyId", "k1")
        .With("JobForge:Events:Encryption:Keys:k1", EventEncryptionKey);

    /// <summary>Sets <paramref name="key"/> to <paramref name="value"/>; null removes it.</summary>
    public UniqueStorageSettings With(string key, string? value)
    {
        if (value is null)
        {
            _settings.Remove(key);
        }
        else
        {
            _settings[key] = value;
        }

        return this;
    }

    /// <summary>Sets every key of <paramref name="settings"/> in order (a later call wins); a null value removes the key.</summary>
    public UniqueStorageSettings With(IReadOnlyDictionary<string, string?>? settings)
    {
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            With(key, value);
        }

        return this;
    }

    /// <summary>A copy of the settings, to hand to a host or change further.</summary>
    public Dictionary<string, string?> ToDictionary() => new(_settings);

    private UniqueStorageSettings WithUnique(string key, string hint) => With(key, UniqueNames.Next(hint));
}
