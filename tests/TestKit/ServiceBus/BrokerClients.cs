using Azure.Messaging.ServiceBus;

namespace JobForge.TestKit.ServiceBus;

/// <summary>SDK clients for an <see cref="AmqpTestBroker"/>: no SDK retries unless asked, so a failure surfaces at once.</summary>
public static class BrokerClients
{
    /// <summary>A client on <paramref name="broker"/>'s connection string; dispose it with the test.</summary>
    public static ServiceBusClient Client(AmqpTestBroker broker, int maxRetries = 0)
    {
        ArgumentNullException.ThrowIfNull(broker);
        return new ServiceBusClient(broker.ConnectionString, new ServiceBusClientOptions
        {
            RetryOptions = new ServiceBusRetryOptions
            {
                MaxRetries = maxRetries,
                Delay = TimeSpan.FromMilliseconds(20),
                MaxDelay = TimeSpan.FromMilliseconds(200),
                TryTimeout = TimeSpan.FromSeconds(30),
            },
        });
    }
}
