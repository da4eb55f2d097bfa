using JobForge.Storage.Pipeline;
using Azure;
using Azure.Core;
using Azure.Core.Pipeline;

namespace JobForge.Storage.ServiceBus;

/// <summary>
/// Sends messages to one queue or topic over the Service Bus REST API
/// (https://learn.microsoft.com/rest/api/servicebus/send-message-to-queue and send-message-batch), on Azure.Core:
/// <c>POST {namespace}/{entity}/messages</c>, 201 on success, every other status a <see cref="RequestFailedException"/>
/// carrying <c>Status</c> and the broker's error code. Options are read once, at construction. Thread-safe; keep one per entity.
/// </summary>
public sealed partial class ServiceBusSender
{
    private readonly HttpPipeline _pipeline;
    private readonly int _maxMessageSize;
    private readonly int _maxBatchSize;
    private readonly int _maxBatchCount;
    private readonly Uri _messagesUri;

    /// <summary>A sender to <paramref name="entityPath"/> in the namespace at <paramref name="namespaceEndpoint"/>, signing with SAS.</summary>
    /// <exception cref="ArgumentException">The endpoint or entity path is not usable.</exception>
    public ServiceBusSender(
        Uri namespaceEndpoint, string entityPath, ServiceBusSharedAccessSignatureCredential credential, ServiceBusClientOptions? options = null)
        : this(namespaceEndpoint, entityPath, options, (resource, o) => new ServiceBusSharedAccessSignaturePolicy(
            credential ?? throw new ArgumentNullException(nameof(credential)), resource, o))
    {
    }

    /// <summary>A sender to <paramref name="entityPath"/> authenticating with Entra ID (scope <c>https://servicebus.azure.net/.default</c>).</summary>
    /// <exception cref="ArgumentException">The endpoint or entity path is not usable.</exception>
    public ServiceBusSender(Uri namespaceEndpoint, string entityPath, TokenCredential credential, ServiceBusClientOptions? options = null)
        : this(namespaceEndpoint, entityPath, options, (_, _) => ServiceBusPipeline.Bearer(credential))
    {
    }

    /// <summary>
    /// A sender from a connection string, to <paramref name="entityPath"/> or else the string's <c>EntityPath</c>.
    /// </summary>
    /// <exception cref="ArgumentException">No entity is named, or the two names differ.</exception>
    public ServiceBusSender(ServiceBusConnectionString connectionString, string? entityPath = null, ServiceBusClientOptions? options = null)
        : this(
            (connectionString ?? throw new ArgumentNullException(nameof(connectionString))).Endpoint,
            ChooseEntity(connectionString, entityPath),
            connectionString.Credential,
            options)
    {
    }

    private ServiceBusSender(
        Uri namespaceEndpoint,
        string entityPath,
        ServiceBusClientOptions? options,
        Func<string, ServiceBusClientOptions, HttpPipelinePolicy> authentication)
    {
        options ??= new ServiceBusClientOptions();
        options.Validate();
        (_maxMessageSize, _maxBatchSize, _maxBatchCount) =
            (options.MaxMessageSizeInBytes, options.MaxBatchSizeInBytes, options.MaxMessagesPerBatch);
        var restBase = ServiceBusEndpoint.ToRestBase(namespaceEndpoint, nameof(namespaceEndpoint));
        EntityPath = ServiceBusEndpoint.RequireEntityPath(entityPath, nameof(entityPath));
        EntityUri = new Uri(restBase, EntityPath);
        _messagesUri = new Uri(restBase, EntityPath + "/messages");
        _pipeline = ServiceBusPipeline.Create(options, authentication(EntityUri.AbsoluteUri, options));
    }

    /// <summary>The queue or topic, for example <c>jobforge-events</c>.</summary>
    public string EntityPath { get; }

    /// <summary>The entity's REST URI (also the SAS resource), for example <c>https://ns.servicebus.windows.net/jobforge-events</c>.</summary>
    public Uri EntityUri { get; }

    /// <summary>
    /// Sends one message: the body as the request body, broker properties in the <c>BrokerProperties</c> header and each
    /// application property in its own header (strings quoted). Checked against <see cref="ServiceBusClientOptions.MaxMessageSizeInBytes"/> first.
    /// </summary>
    /// <exception cref="ArgumentException">The message is too large, or a string property cannot travel as a header.</exception>
    /// <exception cref="RequestFailedException">The broker answered other than 201 (after retries, for 408, 429 and 5xx).</exception>
    public async Task SendAsync(ServiceBusOutboundMessage message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        var brokerProperties = ServiceBusWireFormat.BrokerProperties(message);
        var headers = message.ApplicationProperties
            .Select(p => (p.Key, Value: ServiceBusWireFormat.HeaderValue(p.Key, p.Value)))
            .ToList();
        var size = message.Body.ToMemory().Length
            + ServiceBusWireFormat.HeaderLength(ServiceBusWireFormat.BrokerPropertiesHeader, brokerProperties)
            + headers.Sum(h => ServiceBusWireFormat.HeaderLength(h.Key, h.Value));
        if (size > _maxMessageSize)
        {
            throw new ArgumentException(
                $"Message '{message.MessageId}' is {size} bytes with its properties; the limit is {_maxMessageSize} (ServiceBusClientOptions.MaxMessageSizeInBytes).",
                nameof(message));
        }

        using var http = CreateMessage(message.ContentType, message.Body);
        http.Request.Headers.SetValue(ServiceBusWireFormat.BrokerPropertiesHeader, brokerProperties);
        foreach (var (name, value) in headers)
        {
            http.Request.Headers.SetValue(name, value);
        }

        await SendAsync(http, cancellationToken).ConfigureAwait(false);
    }

    private static string ChooseEntity(ServiceBusConnectionString connectionString, string? entityPath) =>
        (entityPath, connectionString.EntityPath) switch
        {
            (null, null) => throw new ArgumentException("Name the queue or topic: the connection string has no EntityPath.", nameof(entityPath)),
            (null, { } fromString) => fromString,
            ({ } given, null) => given,
            ({ } given, { } fromString) when string.Equals(given, fromString, StringComparison.OrdinalIgnoreCase) => given,
            _ => throw new ArgumentException("The entity path differs from the connection string's EntityPath.", nameof(entityPath)),
        };

    private HttpMessage CreateMessage(string contentType, BinaryData body)
    {
        var message = _pipeline.CreateMessage();
        message.Request.Method = RequestMethod.Post;
        message.Request.Uri.Reset(_messagesUri);
        message.Request.Headers.SetValue(HttpHeader.Names.ContentType, contentType);
        message.Request.Content = RequestContent.Create(body);
        return message;
    }

    private async Task SendAsync(HttpMessage message, CancellationToken cancellationToken)
    {
        await _pipeline.SendAsync(message, cancellationToken).ConfigureAwait(false);
        if (message.Response.Status != 201)
        {
            throw new RequestFailedException(message.Response, null, StorageErrorDetailsParser.Instance);
        }
    }
}
