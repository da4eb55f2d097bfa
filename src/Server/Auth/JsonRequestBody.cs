using System.Text.Json;
using JobForge.Domain.Errors;
using JobForge.Domain.Events;
using JobForge.Server.Errors;

namespace JobForge.Server.Auth;

/// <summary>
/// Reads a small JSON request body defensively: 415 <c>unsupported_media_type</c> unless the content type is JSON,
/// 413 <c>payload_too_large</c> past <see cref="MaxBytes"/> (declared or streamed), 400 <c>invalid_json</c> when it
/// does not parse (with where, never the parser's text).
/// </summary>
public static class JsonRequestBody
{
    /// <summary>The largest body accepted: 64 KiB.</summary>
    public const int MaxBytes = 64 * 1024;

    /// <summary>The parsed body, or the error result to return instead.</summary>
    public static async Task<(JsonDocument? Document, IResult? Error)> ReadAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var request = context.Request;
        if (!request.HasJsonContentType())
        {
            return (null, ErrorResults.Problem(context, StatusCodes.Status415UnsupportedMediaType, ErrorType.UnsupportedMediaType,
                "The content type is not supported; send application/json."));
        }

        if (request.ContentLength > MaxBytes)
        {
            return (null, TooLarge(context));
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[8192];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, context.RequestAborted)) > 0)
        {
            if (buffer.Length + read > MaxBytes)
            {
                return (null, TooLarge(context));
            }

            buffer.Write(chunk, 0, read);
        }

        try
        {
            var document = JsonDocument.Parse(buffer.GetBuffer().AsMemory(0, (int)buffer.Length),
                new JsonDocumentOptions { MaxDepth = PayloadLimits.DocumentMaxDepth });
            return (document, null);
        }
        catch (JsonException ex)
        {
            var problem = JsonSyntaxProblem.From(ex);
            return (null, ErrorResults.Problem(context, StatusCodes.Status400BadRequest, ErrorType.InvalidJson,
                "The body is not well-formed JSON.", new[] { problem }));
        }
    }

    private static IResult TooLarge(HttpContext context) =>
        ErrorResults.Problem(context, StatusCodes.Status413PayloadTooLarge, ErrorType.PayloadTooLarge,
            $"The request body is larger than {MaxBytes / 1024} KiB.");
}
