using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using JobForge.Domain.Steps;

namespace JobForge.Application.Steps.Handlers.Http;

internal sealed partial class HttpStepClient
{
    private static readonly string[] s_outputHeaders = ["content-type", "etag", "location"];

    private async Task<StepHandlerResult> MapResponseAsync(string kind, HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var status = (int)response.StatusCode;
        if (status is < 200 or > 299)
        {
            var retryable = status is 408 or 429 or >= 500;
            return StepHandlerResult.Failed(new StepFailure(StepFailureTypes.HttpError, $"The callee answered with status {status}.", kind, _time.GetUtcNow(), retryable)
            {
                Details = Details(new() { ["status"] = status }),
                RetryAfter = retryable ? RetryAfterOf(response) : null,
            });
        }

        var bytes = await ReadCappedAsync(response, cancellationToken);
        if (bytes is null)
        {
            return Failure(kind, StepFailureTypes.ResponseTooLarge, "The response is larger than the allowed size.", retryable: false,
                Details(new() { ["max_bytes"] = _options.MaxResponseBytes }));
        }

        var headers = new JsonObject();
        foreach (var name in s_outputHeaders)
        {
            if (response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values))
            {
                headers[name] = string.Join(", ", values);
            }
        }

        var outputs = new JsonObject { ["status"] = status, ["headers"] = headers, ["body"] = BodyOf(bytes, response.Content.Headers.ContentType?.MediaType) };
        return StepHandlerResult.Succeeded(JsonSerializer.SerializeToElement(outputs));
    }

    /// <summary>The body, or null when it is larger than <see cref="HttpStepOptions.MaxResponseBytes"/>.</summary>
    private async Task<byte[]?> ReadCappedAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var max = _options.MaxResponseBytes;
        if (response.Content.Headers.ContentLength > max)
        {
            return null;
        }

        await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken);
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > max)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    private static JsonNode? BodyOf(byte[] bytes, string? mediaType)
    {
        if (bytes.Length == 0)
        {
            return null;
        }

        var looksJson = mediaType is null || mediaType.EndsWith("json", StringComparison.OrdinalIgnoreCase);
        if (looksJson)
        {
            try
            {
                using var document = JsonDocument.Parse(bytes, new JsonDocumentOptions { MaxDepth = 64 });
                return JsonNode.Parse(document.RootElement.GetRawText());
            }
            catch (JsonException)
            {
                // Not JSON after all: returned as text below.
            }
        }

        return new JsonObject { ["text"] = Encoding.UTF8.GetString(bytes) };
    }

    private TimeSpan? RetryAfterOf(HttpResponseMessage response)
    {
        var header = response.Headers.RetryAfter;
        if (header?.Delta is { } delta)
        {
            return delta < TimeSpan.Zero ? TimeSpan.Zero : delta;
        }

        if (header?.Date is { } date)
        {
            var wait = date - _time.GetUtcNow();
            return wait < TimeSpan.Zero ? TimeSpan.Zero : wait;
        }

        return null;
    }

    private StepHandlerResult Failure(string kind, string type, string message, bool retryable, JsonElement? details = null) =>
        StepHandlerResult.Failed(new StepFailure(type, message, kind, _time.GetUtcNow(), retryable) { Details = details });

    private static JsonElement Details(Dictionary<string, object> values) => JsonSerializer.SerializeToElement(values);
}
