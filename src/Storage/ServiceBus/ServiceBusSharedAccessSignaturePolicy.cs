using Azure.Core;
using Azure.Core.Pipeline;

namespace JobForge.Storage.ServiceBus;

/// <summary>
/// Puts a shared access signature in <c>Authorization</c> on every attempt (a per-retry policy). A signature is issued
/// for the entity URI and cached until less than the refresh margin is left, then renewed; time comes from the options'
/// <see cref="TimeProvider"/>.
/// </summary>
internal sealed class ServiceBusSharedAccessSignaturePolicy : HttpPipelineSynchronousPolicy
{
    private readonly ServiceBusSharedAccessSignatureCredential _credential;
    private readonly string _resource;
    private readonly TimeProvider _time;
    private readonly TimeSpan _lifetime;
    private readonly TimeSpan _refreshMargin;
    private readonly Lock _gate = new();
    private ServiceBusSignatureToken? _cached;

    public ServiceBusSharedAccessSignaturePolicy(
        ServiceBusSharedAccessSignatureCredential credential, string resource, ServiceBusClientOptions options)
    {
        _credential = credential;
        _resource = resource;
        _time = options.TimeProvider;
        _lifetime = options.SharedAccessSignatureLifetime;
        _refreshMargin = options.SharedAccessSignatureRefreshMargin;
    }

    public override void OnSendingRequest(HttpMessage message) =>
        message.Request.Headers.SetValue(HttpHeader.Names.Authorization, GetToken().Value);

    internal ServiceBusSignatureToken GetToken()
    {
        var now = _time.GetUtcNow();
        lock (_gate)
        {
            if (_cached is null || _cached.ExpiresOn - now <= _refreshMargin)
            {
                _cached = _credential.GetToken(_resource, now, now + _lifetime);
            }

            return _cached;
        }
    }
}
