using System.Collections.Concurrent;
using JobForge.Domain.Templates;

namespace JobForge.Storage.Templates;

/// <summary>
/// Caches reads of another <see cref="ITemplateStore"/> on the job request path. Template versions are immutable, so
/// they are kept (up to 1,000); latest pointers and tenant switches are kept for <see cref="Ttl"/> (5 s), so a change
/// made through another server is seen within that, and at once through this one (writes here drop the entries).
/// Lists are not cached. Thread-safe.
/// </summary>
public sealed class CachedTemplateStore : ITemplateStore
{
    private const int MaxEntries = 1000;
    private readonly ITemplateStore _inner;
    private readonly TimeProvider _time;
    private readonly ConcurrentDictionary<(string Key, string Version), JobTemplate> _versions = new();
    private readonly ConcurrentDictionary<string, (TemplatePointer? Value, DateTimeOffset Until)> _latest = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<(string Tenant, string Key), (TemplateEnablement? Value, DateTimeOffset Until)> _switches = new();

    /// <summary>A cache in front of <paramref name="inner"/>.</summary>
    public CachedTemplateStore(ITemplateStore inner, TimeProvider time)
    {
        _inner = inner ?? throw new ArgumentNullException(nameof(inner));
        _time = time ?? throw new ArgumentNullException(nameof(time));
    }

    /// <summary>How long pointers and switches are kept.</summary>
    public static TimeSpan Ttl { get; } = TimeSpan.FromSeconds(5);

    /// <inheritdoc />
    public Task<bool> AddVersionAsync(JobTemplate template, CancellationToken cancellationToken = default) =>
        _inner.AddVersionAsync(template, cancellationToken);

    /// <inheritdoc />
    public async Task<JobTemplate?> GetVersionAsync(string templateKey, string version, CancellationToken cancellationToken = default)
    {
        if (_versions.TryGetValue((templateKey, version), out var cached))
        {
            return cached;
        }

        var template = await _inner.GetVersionAsync(templateKey, version, cancellationToken).ConfigureAwait(false);
        if (template is not null)
        {
            Bound(_versions);
            _versions[(templateKey, version)] = template;
        }

        return template;
    }

    /// <inheritdoc />
    public async Task<TemplatePointer?> GetLatestAsync(string templateKey, CancellationToken cancellationToken = default)
    {
        var now = _time.GetUtcNow();
        if (_latest.TryGetValue(templateKey, out var cached) && cached.Until > now)
        {
            return cached.Value;
        }

        var pointer = await _inner.GetLatestAsync(templateKey, cancellationToken).ConfigureAwait(false);
        Bound(_latest);
        _latest[templateKey] = (pointer, now + Ttl);
        return pointer;
    }

    /// <inheritdoc />
    public async Task<TemplatePointer?> SetLatestAsync(string templateKey, string version, string? ifMatch, CancellationToken cancellationToken = default)
    {
        _latest.TryRemove(templateKey, out _);
        var pointer = await _inner.SetLatestAsync(templateKey, version, ifMatch, cancellationToken).ConfigureAwait(false);
        _latest.TryRemove(templateKey, out _);
        return pointer;
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<TemplatePointer>> ListLatestAsync(CancellationToken cancellationToken = default) =>
        _inner.ListLatestAsync(cancellationToken);

    /// <inheritdoc />
    public async Task<TemplateEnablement?> GetEnablementAsync(string tenantId, string templateKey, CancellationToken cancellationToken = default)
    {
        var now = _time.GetUtcNow();
        if (_switches.TryGetValue((tenantId, templateKey), out var cached) && cached.Until > now)
        {
            return cached.Value;
        }

        var enablement = await _inner.GetEnablementAsync(tenantId, templateKey, cancellationToken).ConfigureAwait(false);
        Bound(_switches);
        _switches[(tenantId, templateKey)] = (enablement, now + Ttl);
        return enablement;
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<TemplateEnablement>> ListEnablementsAsync(string tenantId, CancellationToken cancellationToken = default) =>
        _inner.ListEnablementsAsync(tenantId, cancellationToken);

    /// <inheritdoc />
    public async Task SetEnablementAsync(TemplateEnablement enablement, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(enablement);
        _switches.TryRemove((enablement.TenantId, enablement.TemplateKey), out _);
        await _inner.SetEnablementAsync(enablement, cancellationToken).ConfigureAwait(false);
        _switches.TryRemove((enablement.TenantId, enablement.TemplateKey), out _);
    }

    private static void Bound<TKey, TValue>(ConcurrentDictionary<TKey, TValue> entries)
        where TKey : notnull
    {
        if (entries.Count >= MaxEntries)
        {
            entries.Clear();
        }
    }
}
