using Azure;
using JobForge.Domain.Events;
using JobForge.Domain.Templates;
using Azure.Data.Tables;
using Azure.Data.Tables.Models;
using JobForge.Storage.Tables;

namespace JobForge.Storage.Templates;

/// <summary>
/// <see cref="ITemplateStore"/> on two Azure tables. Templates: PartitionKey = template key; one immutable row per
/// version (RowKey = the SemVer version, property <c>Document</c> = the template's JSON) and the latest pointer (RowKey
/// <c>latest</c>, property <c>Version</c>, moved only with its ETag). Switches: PartitionKey = tenant id, RowKey =
/// template key, properties <c>Enabled</c>, <c>ChangedAt</c>, <c>ChangedBy</c>. Tables are created at first use.
/// </summary>
public sealed partial class TableTemplateStore : ITemplateStore
{
    private const string LatestRow = "latest";
    private readonly TableClient _templates;
    private readonly TableClient _switches;
    private readonly SemaphoreSlim _createGate = new(1, 1);
    private volatile bool _ready;

    /// <summary>A store on <paramref name="templates"/> and <paramref name="switches"/>.</summary>
    public TableTemplateStore(TableClient templates, TableClient switches)
    {
        _templates = templates ?? throw new ArgumentNullException(nameof(templates));
        _switches = switches ?? throw new ArgumentNullException(nameof(switches));
    }

    /// <inheritdoc />
    public async Task<bool> AddVersionAsync(JobTemplate template, CancellationToken cancellationToken = default)
    {
        var json = StoredTemplateDocument.Encode(template);
        await EnsureTablesAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var entity = new TableEntity(template.TemplateKey, template.Version) { ["Document"] = json };
            await _templates.InsertEntityAsync(entity, cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (RequestFailedException ex) when (ex.Status == 409 && ex.ErrorCode == TableErrorCode.EntityAlreadyExists.ToString())
        {
            return false;
        }
    }

    /// <inheritdoc />
    public async Task<JobTemplate?> GetVersionAsync(string templateKey, string version, CancellationToken cancellationToken = default)
    {
        if (!TemplateKey.IsValid(templateKey) || !SemanticVersion.IsValid(version))
        {
            return null;
        }

        await EnsureTablesAsync(cancellationToken).ConfigureAwait(false);
        var entity = await _templates.FindEntityAsync(templateKey, version, cancellationToken: cancellationToken).ConfigureAwait(false);
        return entity?.GetString("Document") is { } json ? StoredTemplateDocument.Decode(json) : null;
    }

    /// <inheritdoc />
    public async Task<TemplatePointer?> GetLatestAsync(string templateKey, CancellationToken cancellationToken = default)
    {
        if (!TemplateKey.IsValid(templateKey))
        {
            return null;
        }

        await EnsureTablesAsync(cancellationToken).ConfigureAwait(false);
        var entity = await _templates.FindEntityAsync(templateKey, LatestRow, cancellationToken: cancellationToken).ConfigureAwait(false);
        return entity is null ? null : Pointer(entity);
    }

    /// <inheritdoc />
    public async Task<TemplatePointer?> SetLatestAsync(string templateKey, string version, string? ifMatch, CancellationToken cancellationToken = default)
    {
        if (await GetVersionAsync(templateKey, version, cancellationToken).ConfigureAwait(false) is null)
        {
            throw new ArgumentException("That version is not stored.", nameof(version));
        }

        var entity = new TableEntity(templateKey, LatestRow) { ["Version"] = version };
        try
        {
            var etag = ifMatch is null
                ? await _templates.InsertEntityAsync(entity, cancellationToken).ConfigureAwait(false)
                : await _templates.UpdateEntityForETagAsync(entity, new ETag(ifMatch), TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
            return new TemplatePointer(templateKey, version, etag.ToString());
        }
        catch (RequestFailedException conflict) when (conflict.Status == 412)
        {
            return null;
        }
        catch (RequestFailedException ex) when (ex.Status is 404 or 409)
        {
            return null; // 409: a pointer appeared meanwhile; 404: the pointer we expected is gone.
        }
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<TemplatePointer>> ListLatestAsync(CancellationToken cancellationToken = default)
    {
        await EnsureTablesAsync(cancellationToken).ConfigureAwait(false);
        var pointers = new List<TemplatePointer>();
        await foreach (var entity in _templates.QueryEntitiesAsync(TableFilter.Equal("RowKey", LatestRow), cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            pointers.Add(Pointer(entity));
        }

        pointers.Sort((a, b) => string.CompareOrdinal(a.TemplateKey, b.TemplateKey));
        return pointers;
    }

    private static TemplatePointer Pointer(TableEntity entity) =>
        new(entity.PartitionKey!, entity.GetString("Version") ?? "", entity.ETag.ToString());

    private static bool IsTenant(string tenantId) => StorageSafeId.IsValid(tenantId, StorageSafeId.MaxScopeIdLength);

    private async Task EnsureTablesAsync(CancellationToken cancellationToken)
    {
        if (_ready)
        {
            return;
        }

        await _createGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (!_ready)
            {
                await _templates.CreateIfNotExistsAsync(cancellationToken).ConfigureAwait(false);
                await _switches.CreateIfNotExistsAsync(cancellationToken).ConfigureAwait(false);
                _ready = true;
            }
        }
        finally
        {
            _createGate.Release();
        }
    }
}
