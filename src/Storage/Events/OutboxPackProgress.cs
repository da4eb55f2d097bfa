namespace JobForge.Storage.Events;

/// <summary>
/// Which messages of one pack this process has seen published. A pack row is deleted once all of its messages are
/// completed; until then the poll skips the completed ones. Kept in memory only: after a restart the messages of a
/// partly completed pack are published again (at least once, with the same message ids, as after any crash between
/// publishing and completing).
/// </summary>
internal sealed class OutboxPackProgress(int count)
{
    private readonly bool[] _done = new bool[count];
    private int _remaining = count;

    public bool IsDone(int index)
    {
        lock (_done)
        {
            return index < _done.Length && _done[index];
        }
    }

    /// <summary>Marks <paramref name="index"/> completed; true when every message of the pack now is.</summary>
    public bool Complete(int index)
    {
        lock (_done)
        {
            if (index < _done.Length && !_done[index])
            {
                _done[index] = true;
                _remaining--;
            }

            return _remaining == 0;
        }
    }
}
