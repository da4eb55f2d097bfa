using System.Security.Cryptography;
using System.Text;
using JobForge.Domain.Runs;
using Azure.Data.Tables;
using JobForge.Storage.Tables;

namespace JobForge.Storage.Runs;

/// <summary>
/// Maps runs to table rows. A run row: RowKey = run id; long JSON (template snapshot, inputs) is split over properties
/// <c>Name0..n</c> of at most <see cref="ChunkLength"/> characters (a table string property holds at most 64 KiB).
/// An idempotency claim: RowKey = <c>idem_</c> + SHA-256 hex of <c>template_key \n idempotency_key</c>, with the
/// claimed <c>RunId</c> and its <c>InputsSha256</c>.
/// </summary>
internal static class RunEntities
{
    public const int ChunkLength = 30_000;

    public static string ClaimRowKey(string templateKey, string idempotencyKey) =>
        "idem_" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(templateKey + "\n" + idempotencyKey)));

    public static TableEntity Claim(Run run) => new(run.TenantId, ClaimRowKey(run.TemplateKey, run.IdempotencyKey!))
    {
        ["RunId"] = run.RunId,
        ["InputsSha256"] = run.InputsSha256,
    };

    public static TableEntity ToEntity(Run run)
    {
        var entity = new TableEntity(run.TenantId, run.RunId)
        {
            ["ProjectId"] = run.ProjectId,
            ["TemplateKey"] = run.TemplateKey,
            ["TemplateVersion"] = run.TemplateVersion,
            ["InputsSha256"] = run.InputsSha256,
            ["Status"] = RunStatusNames.ToWireName(run.Status),
            ["TraceId"] = run.TraceId,
            ["ActorId"] = run.ActorId,
            ["RequestedAt"] = run.RequestedAt,
            ["IdempotencyKey"] = run.IdempotencyKey,
            ["RequestedByKeyId"] = run.RequestedByKeyId,
        };
        WriteChunks(entity, "Template", run.TemplateJson);
        WriteChunks(entity, "Inputs", run.InputsJson);
        return entity;
    }

    public static Run? FromEntity(TableEntity entity)
    {
        if (entity.PartitionKey is not { } tenant || entity.RowKey is not { } runId
            || !RunStatusNames.TryParse(entity.GetString("Status"), out var status)
            || entity.GetString("TemplateKey") is not { } key || entity.GetString("TemplateVersion") is not { } version
            || entity.GetString("InputsSha256") is not { } sha || entity.GetString("TraceId") is not { } trace
            || entity.GetDateTimeOffset("RequestedAt") is not { } requestedAt
            || ReadChunks(entity, "Template") is not { } template || ReadChunks(entity, "Inputs") is not { } inputs)
        {
            return null;
        }

        return new Run
        {
            RunId = runId,
            TenantId = tenant,
            ProjectId = entity.GetString("ProjectId"),
            TemplateKey = key,
            TemplateVersion = version,
            TemplateJson = template,
            InputsJson = inputs,
            InputsSha256 = sha,
            Status = status,
            TraceId = trace,
            ActorId = entity.GetString("ActorId"),
            RequestedAt = requestedAt,
            IdempotencyKey = entity.GetString("IdempotencyKey"),
            RequestedByKeyId = entity.GetString("RequestedByKeyId"),
        };
    }

    public static TableEntity ExecutionEntity(string tenantId, string runId, RunState? state, RunLease? lease, IReadOnlyList<RunSignal> inbox)
    {
        var entity = new TableEntity(tenantId, runId)
        {
            ["LeaseOwner"] = lease?.Owner ?? "",
            ["LeaseUntil"] = lease?.Until ?? DateTimeOffset.UnixEpoch,
            ["Inbox"] = RunStateJson.WriteInbox(inbox),
        };
        if (state is not null)
        {
            entity["Status"] = RunStatusNames.ToWireName(state.Status);
            WriteChunks(entity, "State", RunStateJson.Write(state));
        }

        return entity;
    }

    public static RunRecord? RecordFromEntity(TableEntity entity)
    {
        if (FromEntity(entity) is not { } run)
        {
            return null;
        }

        var stateJson = entity.GetInt64("StateParts") is > 0 ? ReadChunks(entity, "State") : null;
        var owner = entity.GetString("LeaseOwner");
        var lease = string.IsNullOrEmpty(owner) || entity.GetDateTimeOffset("LeaseUntil") is not { } until ? null : new RunLease(owner, until);
        return new RunRecord(run, stateJson is null ? null : RunStateJson.Read(stateJson), lease,
            RunStateJson.ReadInbox(entity.GetString("Inbox")), entity.ETag.ToString());
    }

    private static void WriteChunks(TableEntity entity, string name, string text)
    {
        var parts = 0;
        var start = 0;
        do
        {
            var length = Math.Min(ChunkLength, text.Length - start);
            if (length == ChunkLength && char.IsHighSurrogate(text[start + length - 1]))
            {
                length--; // never split a surrogate pair across two properties
            }

            entity[name + parts.ToString(System.Globalization.CultureInfo.InvariantCulture)] = text.Substring(start, length);
            start += length;
            parts++;
        }
        while (start < text.Length);

        entity[name + "Parts"] = (long)parts;
    }

    private static string? ReadChunks(TableEntity entity, string name)
    {
        var parts = entity.GetInt64(name + "Parts") ?? 0;
        if (parts is < 1 or > 64)
        {
            return null;
        }

        var builder = new StringBuilder();
        for (var i = 0; i < parts; i++)
        {
            if (entity.GetString(name + i.ToString(System.Globalization.CultureInfo.InvariantCulture)) is not { } part)
            {
                return null;
            }

            builder.Append(part);
        }

        return builder.ToString();
    }
}
