using Azure;
using JobForge.Domain.Policy;
using Azure.Data.Tables;
using Azure.Data.Tables.Models;
using JobForge.Storage.Tables;

namespace JobForge.Storage.Policy;

/// <summary>
/// <see cref="IPolicyTokenRevocations"/> on one Azure table (default <c>jobforgepolicyrevocations</c>): PartitionKey =
/// <c>jti</c>, RowKey = <c>token</c>, so a revocation check is a point read shared by every server. The row holds the
/// tenant, the expiry (<c>ExpiresAt</c>, for sweeping) and <c>RevokedAt</c>; never the token. Created at first use.
/// </summary>
public sealed partial class TablePolicyTokenRevocations : IPolicyTokenRevocations
{
    private const string RowKey = "token";
    private const string TenantProperty = "TenantId";
    private const string ExpiresAtProperty = "ExpiresAt";
    private const string RevokedAtProperty = "RevokedAt";
    private readonly TableClient _table;

    /// <summary>Revocations on <paramref name="table"/>.</summary>
    public TablePolicyTokenRevocations(TableClient table) => _table = table ?? throw new ArgumentNullException(nameof(table));

    /// <inheritdoc />
    public async Task RecordIssuedAsync(PolicyTokenRecord record, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(record);
        await _table.EnsureExistsAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await _table.InsertEntityAsync(ToEntity(record with { RevokedAt = null }), cancellationToken).ConfigureAwait(false);
        }
        catch (RequestFailedException ex) when (ex.Status == 409 && ex.ErrorCode == TableErrorCode.EntityAlreadyExists.ToString())
        {
            // Already recorded (or already revoked): keep what is stored.
        }
    }

    /// <inheritdoc />
    public async Task<PolicyTokenRecord?> GetAsync(string jti, CancellationToken cancellationToken = default)
    {
        if (!IsKey(jti))
        {
            return null;
        }

        await _table.EnsureExistsAsync(cancellationToken).ConfigureAwait(false);
        var entity = await _table.FindEntityAsync(jti, RowKey, cancellationToken: cancellationToken).ConfigureAwait(false);
        return entity is null ? null : FromEntity(entity);
    }

    /// <inheritdoc />
    public async Task<bool> IsRevokedAsync(string jti, CancellationToken cancellationToken = default)
    {
        if (!IsKey(jti))
        {
            return false;
        }

        await _table.EnsureExistsAsync(cancellationToken).ConfigureAwait(false);
        var entity = await _table.FindEntityAsync(jti, RowKey, [RevokedAtProperty], cancellationToken).ConfigureAwait(false);
        return entity?.GetDateTimeOffset(RevokedAtProperty) is not null;
    }

    private static bool IsKey(string? jti) => Guid.TryParseExact(jti, "D", out _);

    private static TableEntity ToEntity(PolicyTokenRecord record) => new(record.Jti, RowKey)
    {
        [TenantProperty] = record.TenantId,
        [ExpiresAtProperty] = record.ExpiresAt,
        [RevokedAtProperty] = record.RevokedAt,
    };

    private static PolicyTokenRecord FromEntity(TableEntity entity) => new(
        entity.PartitionKey!,
        entity.GetString(TenantProperty) ?? string.Empty,
        entity.GetDateTimeOffset(ExpiresAtProperty) ?? DateTimeOffset.MinValue,
        entity.GetDateTimeOffset(RevokedAtProperty));
}
