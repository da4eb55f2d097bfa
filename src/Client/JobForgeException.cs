using System.Net;
using System.Text.Json;

namespace JobForge.Client;

/// <summary>The server answered with an error envelope (or no usable answer): its type, message, details and trace id.</summary>
public sealed class JobForgeException : Exception
{
    /// <summary>Creates the exception for an error <paramref name="type"/> with its <paramref name="message"/>.</summary>
    public JobForgeException(HttpStatusCode statusCode, string type, string message, JsonElement? details, string? traceId)
        : base(message)
    {
        StatusCode = statusCode;
        Type = type;
        Details = details;
        TraceId = traceId;
    }

    /// <summary>The HTTP status.</summary>
    public HttpStatusCode StatusCode { get; }

    /// <summary>The stable error type, e.g. <c>validation_failed</c>, <c>not_found</c>, <c>rate_limited</c>.</summary>
    public string Type { get; }

    /// <summary>The envelope's details, if any.</summary>
    public JsonElement? Details { get; }

    /// <summary>The trace id to quote to operators.</summary>
    public string? TraceId { get; }
}
