using JobForge.Domain.Templates;
using Azure.Data.Tables;
using JobForge.Storage.Tables;

namespace JobForge.Storage.Templates;

public sealed partial class TableTemplateStore
{
    /// <inheritdoc />
    public async Task<TemplateEnablement?> GetEnablementAsync(string tenantId, string templateKey, CancellationToken cancellationToken = default)
    {
        if (!IsTenant(tenantId) || !TemplateKey.IsValid(templateKey))
        {
            return null;
        }

        await EnsureTablesAsync(cancellationToken).ConfigureAwait(false);
        var entity = await _switches.FindEntityAsync(tenantId, templateKey, cancellationToken: cancellationToken).ConfigureAwait(false);
        return entity is null ? null : Enablement(entity);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<TemplateEnablement>> ListEnablementsAsync(string tenantId, CancellationToken cancellationToken = default)
    {
        if (!IsTenant(tenantId))
        {
            return [];
        }

        await EnsureTablesAsync(cancellationToken).ConfigureAwait(false);
        var switches = new List<TemplateEnablement>();
        await foreach (var entity in _switches.QueryEntitiesAsync(TableFilter.Equal("PartitionKey", tenantId), cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            switches.Add(Enablement(entity));
        }

        switches.Sort((a, b) => string.CompareOrdinal(a.TemplateKey, b.TemplateKey));
        return switches;
    }

    /// <inheritdoc />
    public async Task SetEnablementAsync(TemplateEnablement enablement, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(enablement);
        EnablementKeys.Check(enablement);
        await EnsureTablesAsync(cancellationToken).ConfigureAwait(false);
        var entity = new TableEntity(enablement.TenantId, enablement.TemplateKey)
        {
            ["Enabled"] = enablement.Enabled,
            ["ChangedAt"] = enablement.ChangedAt,
            ["ChangedBy"] = enablement.ChangedBy,
        };
        await _switches.UpsertEntityForETagAsync(entity, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
    }

    private static TemplateEnablement Enablement(TableEntity entity) => new(
        entity.PartitionKey!, entity.RowKey!, entity.GetBoolean("Enabled") ?? false,
        entity.GetDateTimeOffset("ChangedAt") ?? DateTimeOffset.MinValue, entity.GetString("ChangedBy"));
}
