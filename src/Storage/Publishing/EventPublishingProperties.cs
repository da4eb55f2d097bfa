namespace JobForge.Storage.Publishing;

/// <summary>The application property names every published event carries (subscription filters use them).</summary>
public static class EventPublishingProperties
{
    /// <summary>The tenant id.</summary>
    public const string TenantId = "tenant_id";

    /// <summary>The event type.</summary>
    public const string EventType = "event_type";

    /// <summary>The sending application.</summary>
    public const string SourceApp = "source_app";

    /// <summary>The W3C trace id.</summary>
    public const string TraceId = "trace_id";
}
