using System.Globalization;
using System.Text;

namespace JobForge.Application.Steps.Handlers.Command;

/// <summary>
/// A step's log: stdout and stderr chunks in arrival order, capped so the artifact never exceeds its capacity. Past
/// the cap, bytes are counted and dropped, and the artifact ends with a truncation marker. Secret values are masked
/// when the artifact is built, including the beginning of one the cap cut off. Thread-safe.
/// </summary>
internal sealed class OutputCapture
{
    /// <summary>The smallest capacity (room for the marker and some output).</summary>
    public const int MinCapacity = 1024;

    // Room kept for the marker: "\n[jobforge: log truncated: N bytes dropped]\n" with N up to 20 digits.
    private const int MarkerReserve = 96;

    private readonly object _gate = new();
    private readonly MemoryStream _kept = new();
    private readonly int _keep;
    private long _dropped;

    /// <summary>A log of at most <paramref name="capacity"/> bytes.</summary>
    public OutputCapture(int capacity)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, MinCapacity);
        _keep = capacity - MarkerReserve;
    }

    /// <summary>The bytes dropped past the cap.</summary>
    public long Dropped
    {
        get
        {
            lock (_gate)
            {
                return _dropped;
            }
        }
    }

    /// <summary>Appends <paramref name="chunk"/>, or as much of it as fits.</summary>
    public void Append(ReadOnlySpan<byte> chunk)
    {
        lock (_gate)
        {
            var room = (int)Math.Max(0, _keep - _kept.Length);
            var take = Math.Min(room, chunk.Length);
            _kept.Write(chunk[..take]);
            _dropped += chunk.Length - take;
        }
    }

    /// <summary>Appends a line JobForge writes itself (stage headers).</summary>
    public void AppendLine(string line) => Append(Encoding.UTF8.GetBytes(line + "\n"));

    /// <summary>The artifact content: the kept bytes with <paramref name="secrets"/> masked, and the marker if any were dropped.</summary>
    public byte[] ToArray(IReadOnlyCollection<string> secrets)
    {
        byte[] kept;
        long dropped;
        lock (_gate)
        {
            kept = _kept.ToArray();
            dropped = _dropped;
        }

        var text = Encoding.UTF8.GetString(kept);
        var masked = false;
        foreach (var secret in secrets.Where(secret => secret.Length > 0))
        {
            masked |= text.Contains(secret, StringComparison.Ordinal);
            text = text.Replace(secret, SecretMasker.Mask, StringComparison.Ordinal);
        }

        if (dropped > 0 && MaskCutSecret(text, secrets) is { } cut)
        {
            // The cap cut a secret in two: the part before the cut would otherwise stay readable.
            text = cut;
            masked = true;
        }

        var bytes = masked ? Encoding.UTF8.GetBytes(text) : kept;
        if (bytes.Length > _keep)
        {
            dropped += bytes.Length - _keep;
            bytes = bytes[.._keep];
        }
        if (dropped == 0)
        {
            return bytes;
        }

        var marker = Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"\n[jobforge: log truncated: {dropped} bytes dropped]\n"));
        return [.. bytes, .. marker];
    }

    // The text with a trailing beginning of a secret (4 characters or more, where the cap cut it) masked, or null.
    private static string? MaskCutSecret(string text, IReadOnlyCollection<string> secrets)
    {
        const int MinPrefix = 4;
        foreach (var secret in secrets)
        {
            for (var length = Math.Min(secret.Length - 1, text.Length); length >= MinPrefix; length--)
            {
                if (text.EndsWith(secret[..length], StringComparison.Ordinal))
                {
                    return text[..^length] + SecretMasker.Mask;
                }
            }
        }

        return null;
    }
}
