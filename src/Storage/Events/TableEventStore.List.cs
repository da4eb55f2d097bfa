using JobForge.Domain.Events;
using Azure.Data.Tables;
using JobForge.Storage.Tables;

namespace JobForge.Storage.Events;

/// <content>
/// Listing: one partition, the <c>e|</c> row range bounded by <c>since</c>/<c>until</c> (on the receive time, which the
/// inverted-ticks key orders), the other filters as <c>$filter</c>s. Pages are filled by following the service's
/// continuation, so filters that make service pages sparse still give full pages; the cursor wraps the service's
/// continuation, so each event appears exactly once across pages.
/// </content>
public sealed partial class TableEventStore
{
    /// <summary>The most service round trips one page may take before it returns short with a cursor.</summary>
    private const int MaxRoundTripsPerPage = 16;

    /// <inheritdoc />
    /// <exception cref="InvalidCursorException">The cursor was not issued for this tenant and these filters.</exception>
    public async Task<EventPage> ListAsync(string tenantId, EventListQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(tenantId);
        ArgumentNullException.ThrowIfNull(query);
        ArgumentOutOfRangeException.ThrowIfLessThan(query.Limit, 1, nameof(query));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(query.Limit, EventListQuery.MaxLimit, nameof(query));
        var continuation = query.Cursor is null ? null : DecodeContinuation(tenantId, query);
        await EnsureTablesAsync(cancellationToken).ConfigureAwait(false);

        var filter = ListFilter(tenantId, query);
        var events = new List<StoredEvent>(Math.Min(query.Limit, 256));
        for (var trip = 0; trip < MaxRoundTripsPerPage; trip++)
        {
            var page = await _events.QueryPageAsync(filter, null, query.Limit - events.Count, continuation, cancellationToken)
                .ConfigureAwait(false);
            foreach (var entity in page.Values)
            {
                var document = await _codec.DecodeAsync(entity, EventEntities.DocumentPrefix, cancellationToken).ConfigureAwait(false);
                events.Add(EventEntities.ToStoredEvent(entity, document));
            }

            continuation = page.ContinuationToken;
            if (continuation is null || events.Count >= query.Limit)
            {
                break;
            }
        }

        return new EventPage(events, continuation is null ? null : EventCursor.Encode(tenantId, query, continuation));
    }

    private static string DecodeContinuation(string tenantId, EventListQuery query)
    {
        var continuation = EventCursor.Decode(tenantId, query, query.Cursor!);
        // The service's continuation keys are opaque (Azure encodes them), so only their shape is checked; the partition
        // and row range are in the filter too, so even a forged position stays inside this tenant's listing.
        if (!TableClientOperations.IsContinuationToken(continuation))
        {
            throw new InvalidCursorException();
        }

        return continuation;
    }

    private static string ListFilter(string tenantId, EventListQuery query)
    {
        var filters = new List<string>
        {
            TableFilter.Equal("PartitionKey", tenantId),
            TableFilter.GreaterThanOrEqual("RowKey", EventRowKeys.EventLowerBound(query.ReceivedUntil)),
            TableFilter.LessThan("RowKey", EventRowKeys.EventUpperBound(query.ReceivedSince)),
        };
        if (query.Since is { } since)
        {
            filters.Add(TableFilter.GreaterThanOrEqual("OccurredAt", since));
        }

        if (query.Until is { } until)
        {
            filters.Add(TableFilter.LessThanOrEqual("OccurredAt", until));
        }

        if (query.EventType is { } eventType)
        {
            filters.Add(TableFilter.Equal("EventType", eventType));
        }

        if (query.SourceApp is { } app)
        {
            filters.Add(TableFilter.Equal("SourceApp", EventWireNames.ToWireName(app)));
        }

        if (query.SourceModule is { } module)
        {
            filters.Add(TableFilter.Equal("SourceModule", EventWireNames.ToWireName(module)));
        }

        if (query.ProjectId is { } projectId)
        {
            filters.Add(TableFilter.Equal("ProjectId", projectId));
        }

        return TableFilter.And([.. filters]);
    }
}
