using Azure;
using JobForge.Domain.Auth;
using Azure.Data.Tables;
using Azure.Data.Tables.Models;
using JobForge.Storage.Tables;

namespace JobForge.Storage.Auth;

/// <summary>
/// <see cref="IApiKeyStore"/> on one Azure table: PartitionKey = key id, RowKey = <c>key</c>, so a lookup is a point
/// read and keys spread over partitions. The entity holds the name, tenant (<c>*</c> for all), space-separated scopes,
/// the secret's SHA-256 and the timestamps; never the secret. The table is created at first use.
/// </summary>
public sealed partial class TableApiKeyStore : IApiKeyStore
{
    private const string RowKey = "key";
    private readonly TableClient _table;

    /// <summary>A store on <paramref name="table"/>.</summary>
    public TableApiKeyStore(TableClient table) => _table = table ?? throw new ArgumentNullException(nameof(table));

    /// <inheritdoc />
    /// <exception cref="ArgumentException">The record's key id is not in the <see cref="ApiKeyToken"/> format.</exception>
    public async Task<bool> CreateAsync(ApiKeyRecord record, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(record);
        if (!ApiKeyToken.IsKeyId(record.KeyId))
        {
            throw new ArgumentException($"A key id is {ApiKeyToken.KeyIdLength} lowercase hex characters.", nameof(record));
        }

        await _table.EnsureExistsAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await _table.InsertEntityAsync(ToEntity(record), cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (RequestFailedException ex) when (ex.Status == 409 && ex.ErrorCode == TableErrorCode.EntityAlreadyExists.ToString())
        {
            return false;
        }
    }

    /// <inheritdoc />
    public async Task<ApiKeyRecord?> GetAsync(string keyId, CancellationToken cancellationToken = default)
    {
        if (!ApiKeyToken.IsKeyId(keyId))
        {
            return null;
        }

        await _table.EnsureExistsAsync(cancellationToken).ConfigureAwait(false);
        var entity = await _table.FindEntityAsync(keyId, RowKey, cancellationToken: cancellationToken).ConfigureAwait(false);
        return entity is null ? null : FromEntity(entity);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<ApiKeyRecord>> ListAsync(string? tenantId, CancellationToken cancellationToken = default)
    {
        await _table.EnsureExistsAsync(cancellationToken).ConfigureAwait(false);
        var filter = tenantId is null ? null : TableFilter.Equal(TenantProperty, tenantId);
        var records = new List<ApiKeyRecord>();
        await foreach (var entity in _table.QueryEntitiesAsync(filter, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            records.Add(FromEntity(entity));
        }

        records.Sort((a, b) => string.CompareOrdinal(a.KeyId, b.KeyId));
        return records;
    }

    /// <inheritdoc />
    public async Task<ApiKeyRecord?> RevokeAsync(string keyId, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        if (!ApiKeyToken.IsKeyId(keyId))
        {
            return null;
        }

        await _table.EnsureExistsAsync(cancellationToken).ConfigureAwait(false);
        for (var attempt = 0; ; attempt++)
        {
            var entity = await _table.FindEntityAsync(keyId, RowKey, cancellationToken: cancellationToken).ConfigureAwait(false);
            if (entity is null)
            {
                return null;
            }

            var record = FromEntity(entity);
            if (record.IsRevoked)
            {
                return record;
            }

            var update = new TableEntity(keyId, RowKey) { [RevokedAtProperty] = at };
            try
            {
                await _table.UpdateEntityForETagAsync(update, entity.ETag, TableUpdateMode.Merge, cancellationToken).ConfigureAwait(false);
                return record with { RevokedAt = at };
            }
            catch (RequestFailedException conflict) when (conflict.Status == 412 && attempt < 3)
            {
                // Someone else changed the key meanwhile (most likely revoked it too): read again.
            }
        }
    }
}
