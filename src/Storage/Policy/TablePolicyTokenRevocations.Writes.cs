using Azure;
using JobForge.Domain.Policy;
using Azure.Data.Tables;
using Azure.Data.Tables.Models;
using JobForge.Storage.Tables;

namespace JobForge.Storage.Policy;

/// <content>Revoking and sweeping.</content>
public sealed partial class TablePolicyTokenRevocations
{
    /// <inheritdoc />
    /// <exception cref="ArgumentException">The record's <c>jti</c> is not a UUID.</exception>
    public async Task<PolicyTokenRecord> RevokeAsync(PolicyTokenRecord record, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(record);
        if (!IsKey(record.Jti))
        {
            throw new ArgumentException("A policy token id is a UUID.", nameof(record));
        }

        await _table.EnsureExistsAsync(cancellationToken).ConfigureAwait(false);
        for (var attempt = 0; ; attempt++)
        {
            var entity = await _table.FindEntityAsync(record.Jti, RowKey, cancellationToken: cancellationToken).ConfigureAwait(false);
            try
            {
                if (entity is null)
                {
                    var revoked = record with { RevokedAt = at };
                    await _table.InsertEntityAsync(ToEntity(revoked), cancellationToken).ConfigureAwait(false);
                    return revoked;
                }

                var stored = FromEntity(entity);
                if (stored.IsRevoked)
                {
                    return stored;
                }

                var update = new TableEntity(record.Jti, RowKey) { [RevokedAtProperty] = at };
                await _table.UpdateEntityForETagAsync(update, entity.ETag, TableUpdateMode.Merge, cancellationToken).ConfigureAwait(false);
                return stored with { RevokedAt = at };
            }
            catch (Exception ex) when (attempt < 3 && (ex is RequestFailedException { Status: 412 }
                || ex is RequestFailedException { Status: 409 } conflict && conflict.ErrorCode == TableErrorCode.EntityAlreadyExists.ToString()))
            {
                // Someone else wrote the row meanwhile (most likely revoked it too): read again.
            }
        }
    }

    /// <inheritdoc />
    public async Task<int> SweepExpiredAsync(DateTimeOffset before, CancellationToken cancellationToken = default)
    {
        await _table.EnsureExistsAsync(cancellationToken).ConfigureAwait(false);
        var filter = TableFilter.LessThan(ExpiresAtProperty, before);
        var swept = 0;
        await foreach (var entity in _table.QueryEntitiesAsync(filter, ["PartitionKey", ExpiresAtProperty], cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            try
            {
                if (await _table.DeleteEntityIfExistsAsync(entity.PartitionKey!, RowKey, entity.ETag, cancellationToken).ConfigureAwait(false))
                {
                    swept++;
                }
            }
            catch (RequestFailedException conflict) when (conflict.Status == 412)
            {
                // Changed since it was read (revoked just now): the next sweep takes it.
            }
        }

        return swept;
    }
}
