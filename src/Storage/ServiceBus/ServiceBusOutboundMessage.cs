namespace JobForge.Storage.ServiceBus;

/// <summary>
/// A message to send. <see cref="MessageId"/> is required: JobForge sets it to the event id so the broker's duplicate
/// detection collapses a resend (a retry, or a replayed outbox) into one message. Immutable once built.
/// </summary>
public sealed class ServiceBusOutboundMessage
{
    /// <summary>The longest <see cref="MessageId"/>, <see cref="CorrelationId"/>, <see cref="Subject"/> or <see cref="SessionId"/> Service Bus accepts.</summary>
    public const int MaxIdentifierLength = 128;

    /// <summary>The default <see cref="ContentType"/>.</summary>
    public const string JsonContentType = "application/json";

    private static readonly IReadOnlyDictionary<string, ServiceBusPropertyValue> NoProperties =
        new Dictionary<string, ServiceBusPropertyValue>();

    private readonly string _contentType = JsonContentType;
    private readonly string? _correlationId;
    private readonly string? _subject;
    private readonly string? _sessionId;
    private readonly TimeSpan? _timeToLive;
    private readonly IReadOnlyDictionary<string, ServiceBusPropertyValue> _applicationProperties = NoProperties;

    /// <summary>A message with id <paramref name="messageId"/> and body <paramref name="body"/>.</summary>
    /// <exception cref="ArgumentException">The id is missing, blank or longer than 128 characters.</exception>
    public ServiceBusOutboundMessage(string messageId, BinaryData body)
    {
        MessageId = RequireIdentifier(messageId, nameof(messageId), "MessageId");
        Body = body ?? throw new ArgumentNullException(nameof(body));
    }

    /// <summary>A message with id <paramref name="messageId"/> whose body is <paramref name="body"/> encoded as UTF-8 (usually JSON).</summary>
    /// <exception cref="ArgumentException">The id is missing, blank or longer than 128 characters.</exception>
    public ServiceBusOutboundMessage(string messageId, string body)
        : this(messageId, BinaryData.FromString(body ?? throw new ArgumentNullException(nameof(body))))
    {
    }

    /// <summary>The broker's <c>MessageId</c>; the key of duplicate detection.</summary>
    public string MessageId { get; }

    /// <summary>The payload.</summary>
    public BinaryData Body { get; }

    /// <summary>The MIME type of <see cref="Body"/>. Default <c>application/json</c>. Printable ASCII.</summary>
    public string ContentType
    {
        get => _contentType;
        init => _contentType = ServiceBusMessageRules.RequireHeaderText(value, nameof(ContentType));
    }

    /// <summary>The broker's <c>CorrelationId</c>, or null.</summary>
    public string? CorrelationId
    {
        get => _correlationId;
        init => _correlationId = OptionalIdentifier(value, nameof(CorrelationId));
    }

    /// <summary>The subject, sent as the broker's <c>Label</c>; or null.</summary>
    public string? Subject
    {
        get => _subject;
        init => _subject = OptionalIdentifier(value, nameof(Subject));
    }

    /// <summary>The broker's <c>SessionId</c>, for session-enabled entities; or null.</summary>
    public string? SessionId
    {
        get => _sessionId;
        init => _sessionId = OptionalIdentifier(value, nameof(SessionId));
    }

    /// <summary>How long the message lives once enqueued (sent in whole or fractional seconds); null for the entity's default.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not positive.</exception>
    public TimeSpan? TimeToLive
    {
        get => _timeToLive;
        init => _timeToLive = value is { } ttl && ttl <= TimeSpan.Zero
            ? throw new ArgumentOutOfRangeException(nameof(TimeToLive), "TimeToLive must be positive.")
            : value;
    }

    /// <summary>
    /// Application properties for subscription filters (JobForge sets <c>tenant_id</c>, <c>event_type</c>,
    /// <c>source_app</c>, <c>trace_id</c>). Names are HTTP header tokens, unique ignoring case, and not a reserved
    /// header; the dictionary is copied.
    /// </summary>
    /// <exception cref="ArgumentException">A name is not allowed.</exception>
    public IReadOnlyDictionary<string, ServiceBusPropertyValue> ApplicationProperties
    {
        get => _applicationProperties;
        init => _applicationProperties = ServiceBusMessageRules.CopyProperties(value);
    }

    private static string RequireIdentifier(string? value, string parameter, string name)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new ArgumentException($"{name} is required: JobForge sets it to the event id so duplicate detection works.", parameter);
        }

        return value.Length > MaxIdentifierLength
            ? throw new ArgumentException($"{name} is longer than {MaxIdentifierLength} characters.", parameter)
            : value;
    }

    private static string? OptionalIdentifier(string? value, string name) =>
        value is null ? null : RequireIdentifier(value, name, name);
}
