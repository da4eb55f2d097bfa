using System.Net;

namespace JobForge.Application.Steps.Handlers.Http;

/// <summary>
/// One row of <see cref="EgressRanges"/>: a CIDR range and what it means for egress. A row that
/// <see cref="EmbedsIPv4At"/> judges the IPv4 address carried at that byte offset: refused for that address's reason,
/// else for <see cref="Refusal"/> (null: allowed).
/// </summary>
/// <param name="Cidr">The range, e.g. <c>192.0.2.0/24</c>.</param>
/// <param name="Refusal">Why an address in the range is refused; null when it is allowed (global unicast).</param>
/// <param name="EmbedsIPv4At">For IPv6 translation ranges, the byte offset of the embedded IPv4 address.</param>
internal sealed record EgressRange(string Cidr, string? Refusal, int? EmbedsIPv4At = null)
{
    private readonly byte[] _network = IPAddress.Parse(Cidr[..Cidr.IndexOf('/', StringComparison.Ordinal)]).GetAddressBytes();
    private readonly int _prefix = int.Parse(Cidr[(Cidr.IndexOf('/', StringComparison.Ordinal) + 1)..], System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Whether <paramref name="address"/> (bytes of the same family) lies in the range.</summary>
    public bool Contains(byte[] address)
    {
        if (address.Length != _network.Length)
        {
            return false;
        }

        var whole = _prefix / 8;
        if (!address.AsSpan(0, whole).SequenceEqual(_network.AsSpan(0, whole)))
        {
            return false;
        }

        var rest = _prefix % 8;
        if (rest == 0)
        {
            return true;
        }

        var mask = (byte)(0xff << (8 - rest));
        return (address[whole] & mask) == (_network[whole] & mask);
    }
}
