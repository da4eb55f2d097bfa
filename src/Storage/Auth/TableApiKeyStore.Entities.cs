using JobForge.Domain.Auth;
using Azure.Data.Tables;
using JobForge.Storage.Tables;

namespace JobForge.Storage.Auth;

/// <content>The entity shape of an <see cref="ApiKeyRecord"/>.</content>
public sealed partial class TableApiKeyStore
{
    internal const string NameProperty = "Name";
    internal const string TenantProperty = "TenantId";
    internal const string ScopesProperty = "Scopes";
    internal const string SecretHashProperty = "SecretHash";
    internal const string CreatedAtProperty = "CreatedAt";
    internal const string RevokedAtProperty = "RevokedAt";

    internal static TableEntity ToEntity(ApiKeyRecord record) => new(record.KeyId, RowKey)
    {
        [NameProperty] = record.Name,
        [TenantProperty] = record.TenantText,
        [ScopesProperty] = string.Join(' ', record.Scopes),
        [SecretHashProperty] = record.SecretHash,
        [CreatedAtProperty] = record.CreatedAt,
        [RevokedAtProperty] = record.RevokedAt,
    };

    internal static ApiKeyRecord FromEntity(TableEntity entity)
    {
        var tenant = entity.GetString(TenantProperty) ?? throw Corrupt(entity, TenantProperty);
        return new ApiKeyRecord(
            entity.PartitionKey ?? throw Corrupt(entity, "PartitionKey"),
            entity.GetString(NameProperty) ?? string.Empty,
            tenant == ApiKeyRecord.AllTenants ? null : tenant,
            (entity.GetString(ScopesProperty) ?? string.Empty).Split(' ', StringSplitOptions.RemoveEmptyEntries),
            entity.GetString(SecretHashProperty) ?? throw Corrupt(entity, SecretHashProperty),
            entity.GetDateTimeOffset(CreatedAtProperty) ?? throw Corrupt(entity, CreatedAtProperty),
            entity.GetDateTimeOffset(RevokedAtProperty));
    }

    private static InvalidOperationException Corrupt(TableEntity entity, string property) =>
        new($"API key entity '{entity.PartitionKey}' has no {property}.");
}
