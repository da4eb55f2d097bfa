using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;

namespace JobForge.Client;

/// <summary>
/// The one place requests are made: the API key as a bearer token on each request (never in logs or exceptions), JSON
/// through the source-generated <see cref="JobForgeJsonContext"/>, and every non-success answer turned into a
/// <see cref="JobForgeException"/> from the error envelope.
/// </summary>
internal sealed class JobForgeHttp(HttpClient http, JobForgeClientOptions options)
{
    public JobForgeClientOptions Options => options;

    public async Task<T> SendAsync<T>(
        HttpMethod method, string path, JsonNode? body, JsonTypeInfo<T> type, CancellationToken cancellationToken, IEnumerable<KeyValuePair<string, string>>? headers = null)
    {
        using var response = await SendRawAsync(method, path, body, cancellationToken, headers, HttpCompletionOption.ResponseContentRead).ConfigureAwait(false);
        return await ReadJsonAsync(response, type, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Sends <paramref name="text"/> as a <paramref name="mediaType"/> body (UTF-8), e.g. a YAML contract, and reads the JSON answer.</summary>
    public async Task<T> SendTextAsync<T>(HttpMethod method, string path, string text, string mediaType, JsonTypeInfo<T> type, CancellationToken cancellationToken)
    {
        var request = new HttpRequestMessage(method, new Uri(options.BaseAddress!, path)) { Content = new StringContent(text, Encoding.UTF8, mediaType) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", options.ApiKey);
        using var response = await SendDisposingAsync(request, HttpCompletionOption.ResponseContentRead, cancellationToken).ConfigureAwait(false);
        return await ReadJsonAsync(response, type, cancellationToken).ConfigureAwait(false);
    }

    private static async Task<T> ReadJsonAsync<T>(HttpResponseMessage response, JsonTypeInfo<T> type, CancellationToken cancellationToken)
    {
        await EnsureSuccessAsync(response, cancellationToken).ConfigureAwait(false);
        var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        await using (stream.ConfigureAwait(false))
        {
            return await JsonSerializer.DeserializeAsync(stream, type, cancellationToken).ConfigureAwait(false)
                ?? throw new JobForgeException(response.StatusCode, "invalid_response", "The server answered with an empty body.", null, null);
        }
    }

    public async Task<byte[]> SendForBytesAsync(HttpMethod method, string path, CancellationToken cancellationToken)
    {
        using var response = await SendRawAsync(method, path, null, cancellationToken, null, HttpCompletionOption.ResponseContentRead).ConfigureAwait(false);
        await EnsureSuccessAsync(response, cancellationToken).ConfigureAwait(false);
        return await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task SendForNothingAsync(HttpMethod method, string path, CancellationToken cancellationToken)
    {
        using var response = await SendRawAsync(method, path, null, cancellationToken, null, HttpCompletionOption.ResponseContentRead).ConfigureAwait(false);
        await EnsureSuccessAsync(response, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Sends the request; the caller owns the response (for streams: headers read, body not yet).</summary>
    public Task<HttpResponseMessage> SendRawAsync(
        HttpMethod method, string path, JsonNode? body, CancellationToken cancellationToken,
        IEnumerable<KeyValuePair<string, string>>? headers = null, HttpCompletionOption completion = HttpCompletionOption.ResponseHeadersRead)
    {
        var request = new HttpRequestMessage(method, new Uri(options.BaseAddress!, path));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", options.ApiKey);
        if (body is not null)
        {
            request.Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json");
        }

        foreach (var (name, value) in headers ?? [])
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }

        return SendDisposingAsync(request, completion, cancellationToken);
    }

    private async Task<HttpResponseMessage> SendDisposingAsync(HttpRequestMessage request, HttpCompletionOption completion, CancellationToken cancellationToken)
    {
        using (request)
        {
            return await http.SendAsync(request, completion, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Throws a <see cref="JobForgeException"/> for a non-success <paramref name="response"/>.</summary>
    public static async Task EnsureSuccessAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        if (response.IsSuccessStatusCode)
        {
            return;
        }

        ErrorBody? error = null;
        try
        {
            var text = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
            error = JsonSerializer.Deserialize(text, JobForgeJsonContext.Default.ErrorEnvelope)?.Error;
        }
        catch (JsonException)
        {
            // Not an envelope (a proxy's page, say): reported by status below.
        }

        throw new JobForgeException(
            response.StatusCode,
            error?.Type ?? DefaultType(response.StatusCode),
            error?.Message ?? $"The server answered {(int)response.StatusCode} {response.ReasonPhrase}.",
            error?.Details,
            error?.TraceId);
    }

    private static string DefaultType(HttpStatusCode status) => status switch
    {
        HttpStatusCode.Unauthorized => "unauthorized",
        HttpStatusCode.Forbidden => "forbidden",
        HttpStatusCode.NotFound => "not_found",
        HttpStatusCode.TooManyRequests => "rate_limited",
        HttpStatusCode.ServiceUnavailable => "unavailable",
        _ => "http_error",
    };

    /// <summary><c>?a=b&amp;c=d</c> for the non-null <paramref name="pairs"/>, escaped; empty when none.</summary>
    public static string Query(params (string Name, string? Value)[] pairs)
    {
        var present = pairs.Where(p => p.Value is not null).Select(p => Uri.EscapeDataString(p.Name) + "=" + Uri.EscapeDataString(p.Value!)).ToList();
        return present.Count == 0 ? string.Empty : "?" + string.Join("&", present);
    }

    /// <summary>One path segment, escaped.</summary>
    public static string Segment(string value)
    {
        ArgumentException.ThrowIfNullOrEmpty(value);
        return Uri.EscapeDataString(value);
    }
}
