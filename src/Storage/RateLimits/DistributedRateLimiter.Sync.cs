using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Azure.Data.Tables;
using JobForge.Storage.Tables;

namespace JobForge.Storage.RateLimits;

/// <content>Synchronising counts with the shared table, and cleaning up expired windows.</content>
public sealed partial class DistributedRateLimiter
{
    /// <summary>The prefix of each server's count property in a shared row.</summary>
    public const string ServerPropertyPrefix = "srv_";

    private static readonly TimeSpan SyncRetryDelay = TimeSpan.FromSeconds(1);
    private volatile bool _tableReady;

    /// <summary>Synchronises every key active in the current window now (background syncs do this on their own; tests and shutdown may call it).</summary>
    public async Task SyncAllAsync(CancellationToken cancellationToken = default)
    {
        foreach (var state in _states.Values)
        {
            long window;
            lock (state.Gate)
            {
                window = state.Window;
            }

            await SyncAsync(state, window, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>The row key of a window: its start, <c>yyyyMMddHHmm</c> UTC.</summary>
    public static string RowKeyFor(long window) => WindowStart(window).ToString("yyyyMMddHHmm", CultureInfo.InvariantCulture);

    /// <summary>The partition key of a tenant (and actor): escaped so no id can break or collide a key.</summary>
    public static string PartitionKeyFor(string tenantId, string? actorId)
    {
        var key = "t:" + Uri.EscapeDataString(tenantId) + (actorId is null ? string.Empty : "|a:" + Uri.EscapeDataString(actorId));
        return key.Length <= 512 ? key : "h:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));
    }

    private async Task BackgroundSyncAsync(RateLimitKeyState state, long window)
    {
        try
        {
            await SyncAsync(state, window, CancellationToken.None).ConfigureAwait(false);
        }
        finally
        {
            lock (state.Gate)
            {
                state.BackgroundSyncRunning = false;
            }
        }
    }

    // Writes this server's count (including reservations) for the window, then reads the others' sum.
    private async Task SyncAsync(RateLimitKeyState state, long window, CancellationToken cancellationToken)
    {
        await state.SyncLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            int own;
            lock (state.Gate)
            {
                if (state.Window != window)
                {
                    return;
                }

                own = state.Own;
            }

            var rowKey = RowKeyFor(window);
            var (others, servers) = await WriteAndReadAsync(state.PartitionKey, rowKey, window, own, cancellationToken).ConfigureAwait(false);
            lock (state.Gate)
            {
                if (state.Window != window)
                {
                    return;
                }

                (state.Others, state.OwnAtSync, state.LastSync) = (others, own, _time.GetUtcNow());
                var room = ((int)(state.Limit * StrictFraction) - others - own) / servers;
                state.FastBudget = Math.Max(0, Math.Min(room, Math.Max(1, state.Limit / FastShareDivisor)));
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            RateLimitLog.SyncFailed(_logger, ex);
            lock (state.Gate)
            {
                state.SyncRetryAt = _time.GetUtcNow() + SyncRetryDelay;
            }
        }
        finally
        {
            state.SyncLock.Release();
        }
    }

    private async Task<(int Others, int Servers)> WriteAndReadAsync(
        string partitionKey, string rowKey, long window, int own, CancellationToken cancellationToken)
    {
        if (!_tableReady)
        {
            await _table.CreateIfNotExistsAsync(cancellationToken).ConfigureAwait(false);
            _tableReady = true;
        }

        var entity = new TableEntity(partitionKey, rowKey) { [_ownProperty] = (long)own, ["window_start"] = WindowStart(window) };
        await _table.UpsertEntityForETagAsync(entity, TableUpdateMode.Merge, cancellationToken).ConfigureAwait(false);
        var row = await _table.FindEntityAsync(partitionKey, rowKey, cancellationToken: cancellationToken).ConfigureAwait(false);
        var (others, servers) = (0, 1);
        foreach (var name in row?.Keys ?? [])
        {
            if (name.StartsWith(ServerPropertyPrefix, StringComparison.Ordinal) && name != _ownProperty && row!.GetInt64(name) is > 0 and var count)
            {
                others += (int)Math.Min(count, int.MaxValue - others);
                servers++;
            }
        }

        return (others, servers);
    }

    private async Task DeleteWindowAsync(string partitionKey, long window)
    {
        try
        {
            await _table.DeleteEntityIfExistsAsync(partitionKey, RowKeyFor(window)).ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            RateLimitLog.CleanupFailed(_logger, ex);
        }
    }

    private void SweepIdleKeys(long window)
    {
        var swept = Interlocked.Read(ref _sweptWindow);
        if (window <= swept || Interlocked.CompareExchange(ref _sweptWindow, window, swept) != swept)
        {
            return;
        }

        foreach (var (key, state) in _states)
        {
            long stateWindow;
            lock (state.Gate)
            {
                stateWindow = state.Window;
            }

            if (stateWindow >= 0 && stateWindow < window - 1 && _states.TryRemove(key, out _))
            {
                _ = DeleteWindowAsync(key, stateWindow);
            }
        }
    }
}
