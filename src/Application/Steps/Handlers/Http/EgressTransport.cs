using System.Net;
using System.Net.Sockets;

namespace JobForge.Application.Steps.Handlers.Http;

/// <summary>
/// How the HTTP step client resolves names and opens connections: DNS and TCP sockets in production; tests pass a
/// stub resolver and a recording connector so the egress rules are tested on addresses as data, never by sending
/// traffic to a non-loopback address.
/// </summary>
/// <param name="Resolve">Resolves a host name to its addresses.</param>
/// <param name="Connect">Opens a stream to an already vetted endpoint.</param>
internal sealed record EgressTransport(
    Func<string, CancellationToken, Task<IPAddress[]>> Resolve,
    Func<IPEndPoint, CancellationToken, ValueTask<Stream>> Connect)
{
    /// <summary>DNS and TCP.</summary>
    public static EgressTransport Network { get; } = new(Dns.GetHostAddressesAsync, ConnectSocketAsync);

    private static async ValueTask<Stream> ConnectSocketAsync(IPEndPoint endpoint, CancellationToken cancellationToken)
    {
        var socket = new Socket(endpoint.AddressFamily, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(endpoint, cancellationToken);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }
}
