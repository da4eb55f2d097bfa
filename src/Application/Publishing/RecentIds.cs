namespace JobForge.Application.Publishing;

/// <summary>
/// The last few thousand completed entry ids, so a fast-path hint for an entry the poll already published is not
/// published again. Bounded: the oldest ids are forgotten first. Not thread-safe; callers lock.
/// </summary>
internal sealed class RecentIds(int capacity)
{
    private readonly Queue<string> _order = new();
    private readonly HashSet<string> _ids = new(StringComparer.Ordinal);

    public bool Contains(string id) => _ids.Contains(id);

    public void Add(string id)
    {
        if (!_ids.Add(id))
        {
            return;
        }

        _order.Enqueue(id);
        while (_order.Count > capacity)
        {
            _ids.Remove(_order.Dequeue());
        }
    }
}
