using JobForge.Storage.ServiceBus;

namespace JobForge.Storage.Tests.ServiceBus;

/// <summary>The key, entity and fast-retry options the Service Bus tests share.</summary>
internal static class ServiceBusTestSenders
{
    public const string KeyName = "jobforge-send";
    public const string Key = "c2VjcmV0LWtleS1mb3ItdGVzdHMtb25seS0wMTIzNDU2Nzg5QUJD=";
    public const string Entity = "jobforge-events";

    public static ServiceBusClientOptions FastRetries(TimeProvider? time = null)
    {
        var options = new ServiceBusClientOptions { TimeProvider = time ?? TimeProvider.System };
        options.Retry.MaxRetries = 3;
        options.Retry.Delay = TimeSpan.FromMilliseconds(1);
        options.Retry.MaxDelay = TimeSpan.FromMilliseconds(5);
        return options;
    }

    public static LoopbackServiceBus StartSasListener(TimeProvider? time = null, string key = Key) =>
        LoopbackServiceBus.Start(LoopbackAuthorization.SharedAccessKey(KeyName, key), time);

    public static ServiceBusSender SasSender(LoopbackServiceBus bus, ServiceBusClientOptions? options = null) =>
        new(bus.Endpoint, Entity, new ServiceBusSharedAccessSignatureCredential(KeyName, Key), options ?? FastRetries());

    public static ServiceBusOutboundMessage Event(string id, string body = """{"kind":"run.started"}""") =>
        new(id, body)
        {
            ApplicationProperties = new Dictionary<string, ServiceBusPropertyValue>
            {
                ["tenant_id"] = "tenant-42",
                ["event_type"] = "run.started",
            },
        };
}
