using Azure.Core;
using Azure.Core.Pipeline;

namespace JobForge.Storage.Tests.ServiceBus;

/// <summary>
/// Plays a TLS-terminating proxy in front of the loopback listener: the pipeline sees <c>https://127.0.0.1…</c> (so
/// Azure.Core's bearer-token policy, which refuses plain http, runs unchanged) and the request leaves as http.
/// </summary>
internal sealed class TlsTerminatingTransport : HttpPipelineTransport
{
    private readonly HttpPipelineTransport _inner = new HttpClientTransport();

    public override Request CreateRequest() => _inner.CreateRequest();

    public override void Process(HttpMessage message)
    {
        Downgrade(message);
        _inner.Process(message);
    }

    public override ValueTask ProcessAsync(HttpMessage message)
    {
        Downgrade(message);
        return _inner.ProcessAsync(message);
    }

    private static void Downgrade(HttpMessage message)
    {
        if (message.Request.Uri.Host != "127.0.0.1")
        {
            throw new InvalidOperationException("This transport only fronts the loopback listener.");
        }

        message.Request.Uri.Scheme = "http";
    }
}
