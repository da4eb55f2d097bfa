using Microsoft.Azure.Amqp;
using Microsoft.Azure.Amqp.Framing;
using Microsoft.Azure.Amqp.Transport;

namespace JobForge.TestKit.ServiceBus;

/// <content>Sessions and links: <c>$cbs</c> goes to the CBS node, every other address is an entity that records what it receives.</content>
public sealed partial class AmqpTestBroker
{
    private sealed class RuntimeProvider(AmqpTestBroker broker) : IRuntimeProvider
    {
        public AmqpConnection CreateConnection(
            TransportBase transport, ProtocolHeader protocolHeader, bool isInitiator, AmqpSettings amqpSettings, AmqpConnectionSettings connectionSettings) =>
            new(transport, protocolHeader, isInitiator, amqpSettings, connectionSettings);

        public AmqpSession CreateSession(AmqpConnection connection, AmqpSessionSettings settings) => new(connection, settings, this);

        public AmqpLink CreateLink(AmqpSession session, AmqpLinkSettings settings)
        {
            // settings.Role is already the broker's own role: true when the broker receives (the client sends).
            if (settings.Role != true)
            {
                return new SendingAmqpLink(session, settings);
            }

            settings.MaxMessageSize = MaxMessageSize; // The SDK sizes its batches from the attach.
            return new ReceivingAmqpLink(session, settings);
        }

        public IAsyncResult BeginOpenLink(AmqpLink link, TimeSpan timeout, AsyncCallback callback, object state)
        {
            var address = link.IsReceiver ? (link.Settings.Target as Target)?.Address?.ToString() : (link.Settings.Source as Source)?.Address?.ToString();
            if (string.Equals(address, CbsNode.Address, StringComparison.Ordinal))
            {
                broker._cbs.Attach(link);
            }
            else if (link is ReceivingAmqpLink receiver && !string.IsNullOrEmpty(address))
            {
                var entity = EntityPath(address);
                receiver.RegisterMessageListener(message => broker.OnEntityMessage(receiver, entity, message));
                receiver.SetTotalLinkCredit(100, true, true);
            }
            else
            {
                throw new AmqpException(AmqpErrorCode.NotImplemented, $"The test broker only accepts messages; cannot attach '{address}'.");
            }

            return new CompletedResult(callback, state);
        }

        public void EndOpenLink(IAsyncResult result)
        {
        }
    }

    // The SDK addresses an entity by its full URI (amqp://host:port/topic); what is recorded is the path.
    private static string EntityPath(string address) =>
        Uri.TryCreate(address, UriKind.Absolute, out var uri) ? uri.AbsolutePath.Trim('/') : address;

    private void OnEntityMessage(ReceivingAmqpLink link, string entity, AmqpMessage message)
    {
        using (message)
        {
            if (!IsRunning)
            {
                return; // Stopped: a transfer racing the shutdown is neither recorded nor settled, as on a crashed broker.
            }

            if (TakeRefusal())
            {
                link.DisposeMessage(message, new Rejected { Error = new Error { Condition = AmqpErrorCode.InternalError, Description = "Refused by the test broker (scripted)." } }, true, false);
                return;
            }

            Record(BrokeredMessageDecoder.Decode(entity, message));
            link.AcceptMessage(message, false);
        }
    }

    private sealed class CompletedResult : IAsyncResult
    {
        public CompletedResult(AsyncCallback callback, object state)
        {
            AsyncState = state;
            callback(this);
        }

        public object AsyncState { get; }

        public WaitHandle AsyncWaitHandle => throw new NotSupportedException();

        public bool CompletedSynchronously => true;

        public bool IsCompleted => true;
    }
}
