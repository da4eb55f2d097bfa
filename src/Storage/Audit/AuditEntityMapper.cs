using System.Text.Encodings.Web;
using System.Text.Json;
using JobForge.Domain.Audit;
using Azure.Data.Tables;
using JobForge.Storage.Tables;

namespace JobForge.Storage.Audit;

/// <summary>Audit records as table entities: PartitionKey the tenant, RowKey from <see cref="AuditRowKey"/>, details as one JSON string.</summary>
internal static class AuditEntityMapper
{
    private static readonly JsonSerializerOptions s_json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The entity of a record that <see cref="AuditRecordSanitizer"/> has already cleaned.</summary>
    public static TableEntity ToEntity(AuditRecord clean, string rowKey)
    {
        var entity = new TableEntity(clean.TenantId, rowKey)
        {
            ["Action"] = clean.Action,
            ["Decision"] = clean.Decision,
            ["Reason"] = clean.Reason,
            ["At"] = clean.At,
            ["KeyId"] = clean.KeyId,
            ["ActorId"] = clean.ActorId,
            ["TraceId"] = clean.TraceId,
        };
        if (clean.Details is { Count: > 0 } details)
        {
            entity["Details"] = JsonSerializer.Serialize(details, s_json);
        }

        return entity;
    }

    /// <summary>The record an entity holds; unreadable details read as none rather than failing the page.</summary>
    public static AuditRecord FromEntity(TableEntity entity)
    {
        IReadOnlyDictionary<string, string> details = new Dictionary<string, string>(StringComparer.Ordinal);
        if (entity.GetString("Details") is { } json)
        {
            try
            {
                details = JsonSerializer.Deserialize<Dictionary<string, string>>(json, s_json) ?? [];
            }
            catch (JsonException)
            {
                // Written by this mapper, so not expected; a damaged row still shows its decision.
            }
        }

        return new AuditRecord(
            entity.PartitionKey!,
            entity.GetString("Action") ?? string.Empty,
            entity.GetString("Decision") ?? string.Empty,
            entity.GetString("Reason") ?? string.Empty,
            entity.GetDateTimeOffset("At") ?? default,
            entity.GetString("KeyId"),
            entity.GetString("ActorId"),
            entity.GetString("TraceId"),
            details);
    }
}
