namespace JobForge.Domain.Templates;

/// <summary>
/// Where stored templates and per-tenant enablement live. Template versions are immutable: (key, version) is written
/// once. A latest pointer per key says which version new runs use; it moves only with a matching ETag.
/// Enablement is per tenant and per key. Built-ins are not stored (see <see cref="BuiltInTemplates"/>).
/// </summary>
public interface ITemplateStore
{
    /// <summary>Stores a new version; false (and nothing changed) when that key and version already exist.</summary>
    /// <exception cref="ArgumentException">The key or version is not valid, or the template is too large to store.</exception>
    Task<bool> AddVersionAsync(JobTemplate template, CancellationToken cancellationToken = default);

    /// <summary>One stored version, or null.</summary>
    Task<JobTemplate?> GetVersionAsync(string templateKey, string version, CancellationToken cancellationToken = default);

    /// <summary>The key's latest pointer, or null when none was set.</summary>
    Task<TemplatePointer?> GetLatestAsync(string templateKey, CancellationToken cancellationToken = default);

    /// <summary>
    /// Points the key at <paramref name="version"/> (which must be stored) if the pointer's ETag is still
    /// <paramref name="ifMatch"/> (null: only if there is no pointer yet). Returns the new pointer, or null when someone
    /// else moved it first.
    /// </summary>
    /// <exception cref="ArgumentException">The version is not stored.</exception>
    Task<TemplatePointer?> SetLatestAsync(string templateKey, string version, string? ifMatch, CancellationToken cancellationToken = default);

    /// <summary>Every latest pointer, ordered by key.</summary>
    Task<IReadOnlyList<TemplatePointer>> ListLatestAsync(CancellationToken cancellationToken = default);

    /// <summary>The tenant's switch for one key, or null (disabled) when never set.</summary>
    Task<TemplateEnablement?> GetEnablementAsync(string tenantId, string templateKey, CancellationToken cancellationToken = default);

    /// <summary>All of the tenant's switches, ordered by key.</summary>
    Task<IReadOnlyList<TemplateEnablement>> ListEnablementsAsync(string tenantId, CancellationToken cancellationToken = default);

    /// <summary>Sets the tenant's switch for one key (last write wins).</summary>
    Task SetEnablementAsync(TemplateEnablement enablement, CancellationToken cancellationToken = default);
}
