using System.Globalization;
using JobForge.Domain.Templates;

namespace JobForge.Storage.Templates;

/// <summary>An in-process <see cref="ITemplateStore"/> for tests and local runs; same contract as <see cref="TableTemplateStore"/>.</summary>
public sealed class InMemoryTemplateStore : ITemplateStore
{
    private readonly Lock _gate = new();
    private readonly Dictionary<(string Key, string Version), string> _versions = [];
    private readonly Dictionary<string, TemplatePointer> _latest = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Tenant, string Key), TemplateEnablement> _switches = [];
    private long _etag;

    /// <inheritdoc />
    public Task<bool> AddVersionAsync(JobTemplate template, CancellationToken cancellationToken = default)
    {
        var json = StoredTemplateDocument.Encode(template);
        lock (_gate)
        {
            return Task.FromResult(_versions.TryAdd((template.TemplateKey, template.Version), json));
        }
    }

    /// <inheritdoc />
    public Task<JobTemplate?> GetVersionAsync(string templateKey, string version, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            return Task.FromResult(_versions.TryGetValue((templateKey, version), out var json) ? StoredTemplateDocument.Decode(json) : null);
        }
    }

    /// <inheritdoc />
    public Task<TemplatePointer?> GetLatestAsync(string templateKey, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            return Task.FromResult(_latest.GetValueOrDefault(templateKey));
        }
    }

    /// <inheritdoc />
    public Task<TemplatePointer?> SetLatestAsync(string templateKey, string version, string? ifMatch, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            if (!_versions.ContainsKey((templateKey, version)))
            {
                throw new ArgumentException("That version is not stored.", nameof(version));
            }

            var current = _latest.GetValueOrDefault(templateKey);
            if (current?.ETag != ifMatch)
            {
                return Task.FromResult<TemplatePointer?>(null);
            }

            var pointer = new TemplatePointer(templateKey, version, "m" + (++_etag).ToString(CultureInfo.InvariantCulture));
            _latest[templateKey] = pointer;
            return Task.FromResult<TemplatePointer?>(pointer);
        }
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<TemplatePointer>> ListLatestAsync(CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            return Task.FromResult<IReadOnlyList<TemplatePointer>>(_latest.Values.OrderBy(p => p.TemplateKey, StringComparer.Ordinal).ToList());
        }
    }

    /// <inheritdoc />
    public Task<TemplateEnablement?> GetEnablementAsync(string tenantId, string templateKey, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            return Task.FromResult(_switches.GetValueOrDefault((tenantId, templateKey)));
        }
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<TemplateEnablement>> ListEnablementsAsync(string tenantId, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            return Task.FromResult<IReadOnlyList<TemplateEnablement>>(_switches.Values
                .Where(s => s.TenantId == tenantId).OrderBy(s => s.TemplateKey, StringComparer.Ordinal).ToList());
        }
    }

    /// <inheritdoc />
    public Task SetEnablementAsync(TemplateEnablement enablement, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(enablement);
        EnablementKeys.Check(enablement);
        lock (_gate)
        {
            _switches[(enablement.TenantId, enablement.TemplateKey)] = enablement;
        }

        return Task.CompletedTask;
    }
}
