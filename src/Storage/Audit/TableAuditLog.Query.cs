using Azure;
using JobForge.Domain.Audit;
using Azure.Data.Tables;
using Azure.Data.Tables.Models;
using JobForge.Storage.Tables;

namespace JobForge.Storage.Audit;

/// <content>Reading the trail: one partition, a row-key range, newest first.</content>
public sealed partial class TableAuditLog
{
    /// <inheritdoc />
    /// <exception cref="ArgumentOutOfRangeException">The limit is outside 1–1000.</exception>
    /// <exception cref="AuditCursorException">The cursor is malformed or belongs to another tenant or other filters.</exception>
    public async Task<AuditPage> QueryAsync(string tenantId, AuditQuery query, CancellationToken cancellationToken = default)
    {
        var plan = AuditQueryPlan.Create(tenantId, query);
        var filter = FilterOf(plan);
        var records = new List<AuditRecord>();
        string? lastRowKey = null;
        string? continuation = null;
        try
        {
            do
            {
                var page = await _table.QueryPageAsync(
                    filter, maxPerPage: plan.Query.Limit - records.Count, continuationToken: continuation,
                    cancellationToken: cancellationToken).ConfigureAwait(false);
                foreach (var entity in page.Values)
                {
                    records.Add(AuditEntityMapper.FromEntity(entity));
                    lastRowKey = entity.RowKey;
                }

                continuation = page.ContinuationToken;
            }
            while (continuation is not null && records.Count < plan.Query.Limit);
        }
        catch (RequestFailedException ex) when (ex.Status == 404 && ex.ErrorCode == TableErrorCode.TableNotFound.ToString())
        {
            return new AuditPage([], null); // Nothing was ever recorded.
        }

        // A full page with the service still holding a continuation may have more; the next page may then be empty.
        var more = records.Count == plan.Query.Limit && continuation is not null;
        return new AuditPage(records, more ? plan.CursorAfter(lastRowKey!) : null);
    }

    private static string FilterOf(AuditQueryPlan plan)
    {
        var parts = new List<string> { TableFilter.Equal("PartitionKey", plan.TenantId) };
        if (plan.After is { } after)
        {
            parts.Add(TableFilter.GreaterThan("RowKey", after));
        }

        if (plan.Below is { } below)
        {
            parts.Add(TableFilter.LessThan("RowKey", below));
        }

        if (plan.AtOrAbove is { } atOrAbove)
        {
            parts.Add(TableFilter.GreaterThanOrEqual("RowKey", atOrAbove));
        }

        if (plan.Query.Action is { } action)
        {
            parts.Add(TableFilter.Equal("Action", action));
        }

        if (plan.Query.Decision is { } decision)
        {
            parts.Add(TableFilter.Equal("Decision", decision));
        }

        return TableFilter.And([.. parts]);
    }
}
