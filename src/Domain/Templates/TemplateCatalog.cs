using JobForge.Domain.Events;

namespace JobForge.Domain.Templates;

/// <summary>
/// The templates a tenant sees: stored ones (latest pointer) override built-ins of the same key; a specific version is
/// looked up in the store first, then among the built-ins. Enablement comes from the tenant's switches (default off).
/// </summary>
public sealed class TemplateCatalog
{
    private readonly ITemplateStore _store;

    /// <summary>A catalog over <paramref name="store"/>.</summary>
    public TemplateCatalog(ITemplateStore store) => _store = store ?? throw new ArgumentNullException(nameof(store));

    /// <summary>
    /// The template <paramref name="templateKey"/> (latest, or <paramref name="version"/>) with the tenant's enabled flag;
    /// null when there is no such template or version (or the key, version or tenant is malformed).
    /// </summary>
    public async Task<CatalogTemplate?> GetAsync(string tenantId, string templateKey, string? version = null, CancellationToken cancellationToken = default)
    {
        if (!StorageSafeId.IsValid(tenantId, StorageSafeId.MaxScopeIdLength) || !TemplateKey.IsValid(templateKey)
            || (version is not null && !SemanticVersion.IsValid(version)))
        {
            return null;
        }

        var (template, builtIn) = await ResolveAsync(templateKey, version, cancellationToken).ConfigureAwait(false);
        if (template is null)
        {
            return null;
        }

        var switched = await _store.GetEnablementAsync(tenantId, templateKey, cancellationToken).ConfigureAwait(false);
        return new CatalogTemplate(template, switched?.Enabled == true, builtIn);
    }

    /// <summary>Every template's latest version with the tenant's enabled flag, ordered by key.</summary>
    public async Task<IReadOnlyList<CatalogTemplate>> ListAsync(string tenantId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(tenantId);
        var switches = (await _store.ListEnablementsAsync(tenantId, cancellationToken).ConfigureAwait(false))
            .ToDictionary(item => item.TemplateKey, item => item.Enabled, StringComparer.Ordinal);
        var result = new SortedDictionary<string, CatalogTemplate>(StringComparer.Ordinal);
        foreach (var builtIn in BuiltInTemplates.All)
        {
            result[builtIn.TemplateKey] = new CatalogTemplate(builtIn, switches.GetValueOrDefault(builtIn.TemplateKey), true);
        }

        foreach (var pointer in await _store.ListLatestAsync(cancellationToken).ConfigureAwait(false))
        {
            if (await _store.GetVersionAsync(pointer.TemplateKey, pointer.Version, cancellationToken).ConfigureAwait(false) is { } stored)
            {
                result[stored.TemplateKey] = new CatalogTemplate(stored, switches.GetValueOrDefault(stored.TemplateKey), false);
            }
        }

        return result.Values.ToList();
    }

    private async Task<(JobTemplate? Template, bool BuiltIn)> ResolveAsync(string templateKey, string? version, CancellationToken cancellationToken)
    {
        var builtIn = BuiltInTemplates.Find(templateKey);
        if (version is not null)
        {
            var stored = await _store.GetVersionAsync(templateKey, version, cancellationToken).ConfigureAwait(false);
            return stored is not null ? (stored, false)
                : builtIn?.Version == version ? (builtIn, true) : (null, false);
        }

        var latest = await _store.GetLatestAsync(templateKey, cancellationToken).ConfigureAwait(false);
        if (latest is not null && await _store.GetVersionAsync(templateKey, latest.Version, cancellationToken).ConfigureAwait(false) is { } current)
        {
            return (current, false);
        }

        return (builtIn, builtIn is not null);
    }
}
