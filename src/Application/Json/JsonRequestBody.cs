using System.Buffers;
using System.Text.Json;
using JobForge.Domain.Errors;
using JobForge.Domain.Events;
using JobForge.Application.Errors;
using Microsoft.Net.Http.Headers;

namespace JobForge.Application.Json;

/// <summary>
/// Reads a bounded JSON request body: 415 for a non-JSON content type, 413 past <c>maxBytes</c> (checked before and while
/// reading, so memory stays bounded), 400 <c>invalid_json</c> with line and byte position for malformed JSON or invalid
/// UTF-8. Never throws for client input.
/// </summary>
public static class JsonRequestBody
{
    /// <summary>The nesting JSON documents may have before parsing stops (the envelope's payload limit is stricter).</summary>
    public const int MaxDocumentDepth = 64;

    /// <summary>Reads and parses the body; exactly one of the results is non-null. The caller disposes the document.</summary>
    public static async Task<(JsonDocument? Document, IResult? Error)> ReadAsync(HttpContext context, long maxBytes, CancellationToken cancellationToken)
    {
        var request = context.Request;
        if (!IsJson(request.ContentType))
        {
            return (null, ErrorResults.Problem(context, StatusCodes.Status415UnsupportedMediaType, ErrorType.UnsupportedMediaType,
                "Send the body as JSON with 'Content-Type: application/json'."));
        }

        if (request.ContentLength > maxBytes)
        {
            return (null, TooLarge(context, maxBytes));
        }

        var buffer = new ArrayBufferWriter<byte>((int)Math.Min(request.ContentLength ?? 16 * 1024, maxBytes) + 1);
        try
        {
            while (true)
            {
                var memory = buffer.GetMemory(16 * 1024);
                var read = await request.Body.ReadAsync(memory, cancellationToken);
                if (read == 0)
                {
                    break;
                }

                buffer.Advance(read);
                if (buffer.WrittenCount > maxBytes)
                {
                    return (null, TooLarge(context, maxBytes));
                }
            }
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return (null, TooLarge(context, maxBytes));
        }

        if (buffer.WrittenCount == 0)
        {
            const string Empty = "The request body is empty; send a JSON object.";
            return (null, ErrorResults.Problem(context, StatusCodes.Status400BadRequest, ErrorType.InvalidJson, Empty,
                new[] { new { path = "$", code = ValidationProblemCodes.InvalidJson, message = Empty } }));
        }

        if (FirstInvalidUtf8(buffer.WrittenSpan) is { } offset)
        {
            // System.Text.Json checks UTF-8 inside strings only when they are read, so check the whole body first.
            var message = $"The body is not valid UTF-8 (byte {offset}).";
            return (null, ErrorResults.Problem(context, StatusCodes.Status400BadRequest, ErrorType.InvalidJson, message,
                new[] { new { path = "$", code = ValidationProblemCodes.InvalidJson, message } }));
        }

        try
        {
            return (JsonDocument.Parse(buffer.WrittenMemory, new JsonDocumentOptions { MaxDepth = MaxDocumentDepth }), null);
        }
        catch (JsonException ex)
        {
            var problem = JsonSyntaxProblem.From(ex);
            return (null, ErrorResults.Problem(context, StatusCodes.Status400BadRequest, ErrorType.InvalidJson, problem.Message,
                new[] { new { path = problem.Path, code = problem.Code, message = problem.Message } }));
        }
    }

    private static int? FirstInvalidUtf8(ReadOnlySpan<byte> bytes)
    {
        if (System.Text.Unicode.Utf8.IsValid(bytes))
        {
            return null;
        }

        var offset = 0;
        while (offset < bytes.Length)
        {
            if (System.Text.Rune.DecodeFromUtf8(bytes[offset..], out _, out var consumed) != OperationStatus.Done)
            {
                return offset;
            }

            offset += consumed;
        }

        return offset;
    }

    private static bool IsJson(string? contentType)
    {
        if (!MediaTypeHeaderValue.TryParse(contentType, out var media) || media.MediaType.Value is not { } type)
        {
            return false;
        }

        var isJson = type.Equals("application/json", StringComparison.OrdinalIgnoreCase)
            || (type.StartsWith("application/", StringComparison.OrdinalIgnoreCase) && type.EndsWith("+json", StringComparison.OrdinalIgnoreCase));
        var charset = media.Charset.Value;
        return isJson && (charset is null || charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase));
    }

    private static IResult TooLarge(HttpContext context, long maxBytes) =>
        ErrorResults.Problem(context, StatusCodes.Status413PayloadTooLarge, ErrorType.PayloadTooLarge,
            $"The request body is larger than {maxBytes} bytes.", new { max_bytes = maxBytes });
}
