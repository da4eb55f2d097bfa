using System.Net;
using System.Net.Sockets;
using Microsoft.Azure.Amqp;
using Microsoft.Azure.Amqp.Framing;
using Microsoft.Azure.Amqp.Sasl;
using Microsoft.Azure.Amqp.Transport;

namespace JobForge.TestKit.ServiceBus;

/// <summary>
/// A small AMQP 1.0 broker in the test process, written on Microsoft.Azure.Amqp, that the official Service Bus SDK
/// connects to with <see cref="ConnectionString"/> (<c>UseDevelopmentEmulator=true</c>: plain AMQP on 127.0.0.1).
/// It speaks what the SDK's sender needs: SASL <c>MSSBCBS</c>, a <c>$cbs</c> node that checks the SAS put-token, and
/// entity links that accept single and batched (format 0x80013700) messages and record each one in <see cref="Received"/>.
/// <see cref="Stop"/> and <see cref="Start"/> take it down and bring it back on the same port; <see cref="RefuseMessages"/>
/// makes it reject transfers.
/// </summary>
public sealed partial class AmqpTestBroker : IDisposable
{
    /// <summary>The largest message an entity link accepts, as on the Standard tier (256 KiB).</summary>
    public const ulong MaxMessageSize = 256 * 1024;

    /// <summary>The shared access key name the broker accepts.</summary>
    public const string KeyName = "RootManageSharedAccessKey";

    private const int StartAttempts = 20;
    private readonly object _gate = new();
    private readonly List<BrokeredMessage> _received = [];
    private readonly List<AmqpConnection> _connections = [];
    private readonly CbsNode _cbs;
    private AmqpTransportListener? _listener;
    private int _refuse;

    /// <summary>A broker that accepts tokens signed with <paramref name="key"/> (a random test key by default). Not started.</summary>
    public AmqpTestBroker(string? key = null)
    {
        Key = key ?? Convert.ToBase64String(Guid.NewGuid().ToByteArray());
        _cbs = new CbsNode(KeyName, Key);
    }

    /// <summary>The shared access key the broker accepts.</summary>
    public string Key { get; }

    /// <summary>The loopback port, fixed on the first <see cref="Start"/> and kept across restarts.</summary>
    public int Port { get; private set; }

    /// <summary>The SDK connection string for this broker.</summary>
    public string ConnectionString =>
        $"Endpoint=sb://127.0.0.1:{Port};SharedAccessKeyName={KeyName};SharedAccessKey={Key};UseDevelopmentEmulator=true";

    /// <summary>Whether the broker is listening.</summary>
    public bool IsRunning
    {
        get
        {
            lock (_gate)
            {
                return _listener is not null;
            }
        }
    }

    /// <summary>Every message accepted, in arrival order; a batch contributes each of its messages.</summary>
    public IReadOnlyList<BrokeredMessage> Received
    {
        get
        {
            lock (_gate)
            {
                return [.. _received];
            }
        }
    }

    /// <summary>How many transfers (single messages or whole batches) were rejected.</summary>
    public int Refused { get; private set; }

    /// <summary>How many put-token requests the <c>$cbs</c> node answered, and how many it refused.</summary>
    public (int Accepted, int Refused) Tokens => _cbs.Counts;

    /// <summary>Rejects the next <paramref name="transfers"/> transfers with <c>amqp:internal-error</c> (nothing recorded).</summary>
    public void RefuseMessages(int transfers) => Interlocked.Exchange(ref _refuse, transfers);

    /// <summary>Starts a broker and returns it.</summary>
    public static AmqpTestBroker StartNew(string? key = null)
    {
        var broker = new AmqpTestBroker(key);
        broker.Start();
        return broker;
    }

    /// <summary>Listens on 127.0.0.1: a free port the first time, the same port after a <see cref="Stop"/>.</summary>
    public void Start()
    {
        lock (_gate)
        {
            if (_listener is not null)
            {
                return;
            }

            for (var attempt = 1; ; attempt++)
            {
                var port = Port == 0 ? FreeLoopbackPort() : Port;
                try
                {
                    _listener = Listen(port);
                    Port = port;
                    return;
                }
                catch (SocketException ex) when (ex.SocketErrorCode == SocketError.AddressAlreadyInUse && attempt < StartAttempts)
                {
                    // Another process took the port between the probe and the bind (or a restart raced a closing socket).
                    if (Port != 0)
                    {
                        Thread.Sleep(TimeSpan.FromMilliseconds(50));
                    }
                }
            }
        }
    }

    /// <summary>Stops listening and aborts every connection, as a crash would: the SDK sees the broker go down.</summary>
    public void Stop()
    {
        AmqpConnection[] open;
        lock (_gate)
        {
            _listener?.Close();
            _listener = null;
            open = [.. _connections];
            _connections.Clear();
        }

        foreach (var connection in open)
        {
            connection.Abort();
        }
    }

    /// <inheritdoc />
    public void Dispose() => Stop();

    private AmqpTransportListener Listen(int port)
    {
        var sasl = new SaslTransportProvider();
        sasl.Versions.Add(new AmqpVersion(1, 0, 0));
        sasl.AddHandler(new SaslAnonymousHandler("MSSBCBS"));
        var amqp = new AmqpTransportProvider();
        amqp.Versions.Add(new AmqpVersion(1, 0, 0));
        var settings = new AmqpSettings { RuntimeProvider = new RuntimeProvider(this) };
        settings.TransportProviders.Add(sasl);
        settings.TransportProviders.Add(amqp);

        var tcp = new TcpTransportSettings { Host = IPAddress.Loopback.ToString(), Port = port };
        var listener = new AmqpTransportListener([tcp.CreateListener()], settings);
        listener.Listen(OnTransportAccepted);
        return listener;
    }

    private void OnTransportAccepted(TransportListener listener, TransportAsyncCallbackArgs args)
    {
        var settings = (AmqpTransportListener)listener;
        var connection = new AmqpConnection(
            args.Transport,
            (ProtocolHeader)args.UserToken,
            false,
            settings.AmqpSettings,
            new AmqpConnectionSettings { ContainerId = "jobforge-test-broker", MaxFrameSize = 64 * 1024 });
        lock (_gate)
        {
            _connections.Add(connection);
        }

        connection.Closed += (sender, _) =>
        {
            lock (_gate)
            {
                _connections.Remove((AmqpConnection)sender!);
            }
        };
        _ = OpenAsync(connection);
    }

    private static async Task OpenAsync(AmqpConnection connection)
    {
        try
        {
            await connection.OpenAsync(TimeSpan.FromSeconds(30)).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is AmqpException or IOException or OperationCanceledException or TimeoutException or InvalidOperationException or ObjectDisposedException)
        {
            connection.SafeClose(ex);
        }
    }

    private void Record(IEnumerable<BrokeredMessage> messages)
    {
        lock (_gate)
        {
            _received.AddRange(messages);
        }
    }

    private bool TakeRefusal()
    {
        while (true)
        {
            var left = Volatile.Read(ref _refuse);
            if (left <= 0)
            {
                return false;
            }

            if (Interlocked.CompareExchange(ref _refuse, left - 1, left) == left)
            {
                lock (_gate)
                {
                    Refused++;
                }

                return true;
            }
        }
    }

    private static int FreeLoopbackPort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }
}
