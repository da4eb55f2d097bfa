using System.Buffers;
using System.Text;
using System.Text.Json;
using JobForge.Domain.Errors;
using JobForge.Application.Errors;
using JobForge.Application.Json;
using Microsoft.Net.Http.Headers;

namespace JobForge.Application.Contracts;

/// <summary>
/// Reads a job contract body: YAML (<c>application/yaml</c>, <c>application/x-yaml</c>, <c>text/yaml</c>) through
/// <see cref="YamlContractReader"/>, JSON (<c>application/json</c>) through <see cref="JsonRequestBody"/>; 415 for any
/// other type, 413 past the limit (checked before and while reading), 400 <c>invalid_yaml</c> with line and column.
/// </summary>
public static class ContractRequestBody
{
    /// <summary>The YAML media types accepted.</summary>
    public static IReadOnlyList<string> YamlMediaTypes { get; } = ["application/yaml", "application/x-yaml", "text/yaml"];

    /// <summary>Reads and converts the body; exactly one result is non-null. The caller disposes the document.</summary>
    public static async Task<(JsonDocument? Document, IResult? Error)> ReadAsync(HttpContext context, long maxBytes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!MediaTypeHeaderValue.TryParse(context.Request.ContentType, out var media) || media.MediaType.Value is not { } type
            || (media.Charset.Value is { } charset && !charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase)))
        {
            return (null, Unsupported(context));
        }

        if (type.Equals("application/json", StringComparison.OrdinalIgnoreCase))
        {
            return await JsonRequestBody.ReadAsync(context, maxBytes, cancellationToken);
        }

        if (!YamlMediaTypes.Contains(type, StringComparer.OrdinalIgnoreCase))
        {
            return (null, Unsupported(context));
        }

        if (await ReadBytesAsync(context, maxBytes, cancellationToken) is not { } bytes)
        {
            return (null, ErrorResults.Problem(context, StatusCodes.Status413PayloadTooLarge, ErrorType.PayloadTooLarge,
                $"The request body is larger than {maxBytes} bytes.", new { max_bytes = maxBytes }));
        }

        string text;
        try
        {
            text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes.WrittenSpan);
        }
        catch (DecoderFallbackException)
        {
            return (null, Invalid(context, "The body is not valid UTF-8."));
        }

        var (document, problem) = YamlContractReader.Convert(text);
        return problem is null ? (document, null) : (null, Invalid(context, problem.Message));
    }

    private static async Task<ArrayBufferWriter<byte>?> ReadBytesAsync(HttpContext context, long maxBytes, CancellationToken cancellationToken)
    {
        var request = context.Request;
        if (request.ContentLength > maxBytes)
        {
            return null;
        }

        var buffer = new ArrayBufferWriter<byte>((int)Math.Min(request.ContentLength ?? 16 * 1024, maxBytes) + 1);
        try
        {
            int read;
            while ((read = await request.Body.ReadAsync(buffer.GetMemory(16 * 1024), cancellationToken)) > 0)
            {
                buffer.Advance(read);
                if (buffer.WrittenCount > maxBytes)
                {
                    return null;
                }
            }
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return null;
        }

        return buffer;
    }

    private static IResult Invalid(HttpContext context, string message) =>
        ErrorResults.Problem(context, StatusCodes.Status400BadRequest, ErrorType.InvalidYaml, message,
            new[] { new { path = "$", code = YamlContractReader.InvalidYamlCode, message } });

    private static IResult Unsupported(HttpContext context) =>
        ErrorResults.Problem(context, StatusCodes.Status415UnsupportedMediaType, ErrorType.UnsupportedMediaType,
            "Send the contract as YAML ('Content-Type: application/yaml') or JSON ('Content-Type: application/json'), UTF-8.");
}
