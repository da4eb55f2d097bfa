using System.Net;

namespace JobForge.Application.Steps.Handlers.Http;

internal sealed partial class HttpStepClient
{
    /// <summary>
    /// Checks <paramref name="url"/> against the egress rules and resolves it: the address to connect to, or why not.
    /// Every resolved address must pass (a name with one inward-pointing record is refused).
    /// </summary>
    private async Task<(IPAddress? Address, string? Refusal)> VetAsync(Uri url, string? trustedHost, CancellationToken cancellationToken)
    {
        if (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps)
        {
            return (null, "scheme");
        }

        var host = EgressRules.Normalize(url.IdnHost);
        var listed = EgressRules.IsHostAllowed(host, _options.AllowedHosts)
            || (trustedHost is not null && string.Equals(host, EgressRules.Normalize(trustedHost), StringComparison.Ordinal));
        if (!listed)
        {
            return (null, "host_not_allowed");
        }

        var addresses = IPAddress.TryParse(host, out var literal)
            ? [literal]
            : await _transport.Resolve(host, cancellationToken);
        if (addresses.Length == 0)
        {
            throw new HttpRequestException(HttpRequestError.NameResolutionError);
        }

        if (!_options.AllowPrivateNetworks)
        {
            foreach (var address in addresses)
            {
                if (EgressRules.RefusalOf(address) is { } refusal)
                {
                    return (null, refusal);
                }
            }
        }

        return (addresses[0], null);
    }

    /// <summary>
    /// Connects to the address <see cref="VetAsync"/> approved for the request, never to a fresh DNS answer, and checks
    /// it against the egress rules once more right before connecting (a second lock on the same door).
    /// </summary>
    private async ValueTask<Stream> ConnectToVettedAddressAsync(SocketsHttpConnectionContext context, CancellationToken cancellationToken)
    {
        if (!context.InitialRequestMessage.Options.TryGetValue(s_pinnedAddress, out var address))
        {
            throw new HttpRequestException(HttpRequestError.ConnectionError, "The request has no vetted address.");
        }

        if (!_options.AllowPrivateNetworks && EgressRules.RefusalOf(address) is not null)
        {
            throw new HttpRequestException(HttpRequestError.ConnectionError, "The egress rules refuse the address.");
        }

        return await _transport.Connect(new IPEndPoint(address, context.DnsEndPoint.Port), cancellationToken);
    }
}
