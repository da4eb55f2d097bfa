using System.Text;

namespace JobForge.Server.Tests.Jobs;

/// <summary>Reads a <c>text/event-stream</c> body event by event (and counts heartbeat comments).</summary>
public sealed class ServerSentEventReader(Stream body) : IDisposable
{
    private readonly StreamReader _reader = new(body, Encoding.UTF8);

    /// <summary>Comment lines seen so far (heartbeats).</summary>
    public int Comments { get; private set; }

    /// <summary>The next event, or null when the stream ended. Comment lines are counted, not returned.</summary>
    public async Task<ServerSentEvent?> NextAsync(CancellationToken cancellationToken)
    {
        string? id = null, name = null;
        var data = new StringBuilder();
        while (await _reader.ReadLineAsync(cancellationToken) is { } line)
        {
            if (line.Length == 0)
            {
                if (data.Length > 0)
                {
                    return new ServerSentEvent(id, name ?? "message", data.ToString());
                }

                continue;
            }

            if (line.StartsWith(':'))
            {
                Comments++;
                continue;
            }

            var colon = line.IndexOf(':', StringComparison.Ordinal);
            var field = colon < 0 ? line : line[..colon];
            var value = colon < 0 ? string.Empty : line[(colon + 1)..].TrimStart(' ');
            switch (field)
            {
                case "id": id = value; break;
                case "event": name = value; break;
                case "data": data.Append(value); break;
            }
        }

        return null;
    }

    /// <summary>Reads until a comment line arrives.</summary>
    public async Task WaitForCommentAsync(CancellationToken cancellationToken)
    {
        var seen = Comments;
        while (Comments == seen && await _reader.ReadLineAsync(cancellationToken) is { } line)
        {
            if (line.StartsWith(':'))
            {
                Comments++;
            }
        }
    }

    public void Dispose() => _reader.Dispose();
}
