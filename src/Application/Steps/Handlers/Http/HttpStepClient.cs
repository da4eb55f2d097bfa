using System.Globalization;
using System.Net;
using System.Text.Json;
using JobForge.Domain.Steps;
using Microsoft.Extensions.Options;

namespace JobForge.Application.Steps.Handlers.Http;

/// <summary>
/// The HTTP machinery every HTTP-calling handler shares (<c>http</c>, <c>autopilot.module</c>): egress checks on the
/// resolved addresses, connections pinned to the vetted address, manual redirects re-checked at each hop, signing,
/// the idempotency key, a response size cap, and the mapping of answers and errors to outputs and step failures.
/// </summary>
internal sealed partial class HttpStepClient : IDisposable
{
    private static readonly HttpRequestOptionsKey<IPAddress> s_pinnedAddress = new("JobForge.PinnedAddress");

    private readonly HttpStepOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger<HttpStepClient> _logger;
    private readonly HttpClient _client;
    private readonly EgressTransport _transport;

    public HttpStepClient(IOptions<HttpStepOptions> options, TimeProvider time, ILogger<HttpStepClient> logger)
        : this(options, time, logger, EgressTransport.Network)
    {
    }

    /// <summary>A client over <paramref name="transport"/> (tests: a stub resolver and connector).</summary>
    internal HttpStepClient(IOptions<HttpStepOptions> options, TimeProvider time, ILogger<HttpStepClient> logger, EgressTransport transport)
    {
        _transport = transport;
        _options = options.Value;
        _time = time;
        _logger = logger;
        var handler = new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            UseProxy = false,
            UseCookies = false,
            AutomaticDecompression = DecompressionMethods.None,
            PooledConnectionLifetime = TimeSpan.FromMinutes(2),
            ConnectTimeout = TimeSpan.FromSeconds(10),
            ConnectCallback = ConnectToVettedAddressAsync,
        };
        _client = new HttpClient(handler) { Timeout = System.Threading.Timeout.InfiniteTimeSpan };
    }

    /// <summary>Makes <paramref name="call"/> for the step in <paramref name="context"/>; failures name <paramref name="kind"/>.</summary>
    public async Task<StepHandlerResult> SendAsync(string kind, StepContext context, HttpStepCall call, CancellationToken cancellationToken)
    {
        using var own = call.Timeout is { } timeout ? new CancellationTokenSource(timeout, _time) : new CancellationTokenSource();
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, own.Token);
        try
        {
            return await SendWithRedirectsAsync(kind, context, call, linked.Token);
        }
        catch (OperationCanceledException) when (own.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            return Failure(kind, StepFailureTypes.Timeout, "The HTTP call ran past its timeout_seconds.", retryable: true);
        }
        catch (Exception exception) when (exception is HttpRequestException or IOException or System.Net.Sockets.SocketException && !cancellationToken.IsCancellationRequested)
        {
            StepsLog.HttpNetworkError(_logger, context.RunId, context.StepId, call.Url.IdnHost,
                exception is HttpRequestException { HttpRequestError: var error } ? error.ToString() : exception.GetType().Name);
            return Failure(kind, StepFailureTypes.NetworkError, "The callee could not be reached.", retryable: true);
        }
    }

    public void Dispose() => _client.Dispose();

    private async Task<StepHandlerResult> SendWithRedirectsAsync(string kind, StepContext context, HttpStepCall call, CancellationToken cancellationToken)
    {
        var url = call.Url;
        var method = call.Method;
        var body = call.Body is { } json ? JsonSerializer.SerializeToUtf8Bytes(json) : null;
        for (var hop = 0; ; hop++)
        {
            var (address, refusal) = await VetAsync(url, call.TrustedHost, cancellationToken);
            if (address is null)
            {
                StepsLog.EgressDenied(_logger, context.RunId, context.StepId, url.IdnHost, refusal!);
                return Failure(kind, StepFailureTypes.EgressDenied, "The destination is not allowed by the egress rules.", retryable: false,
                    Details(new() { ["host"] = url.IdnHost, ["reason"] = refusal!, ["hop"] = hop }));
            }

            using var request = BuildRequest(context, call, url, method, body, sameOrigin: IsSameOrigin(url, call.Url));
            request.Options.Set(s_pinnedAddress, address);
            using var response = await _client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
            StepsLog.HttpAnswered(_logger, context.RunId, context.StepId, method.Method, url.IdnHost, (int)response.StatusCode);
            if (!IsRedirect(response.StatusCode))
            {
                return await MapResponseAsync(kind, response, cancellationToken);
            }

            if (response.Headers.Location is not { } location || hop >= _options.MaxRedirects)
            {
                return Failure(kind, StepFailureTypes.HttpError, "The callee redirected too many times or without a location.", retryable: false,
                    Details(new() { ["status"] = (int)response.StatusCode }));
            }

            url = location.IsAbsoluteUri ? location : new Uri(url, location);
            if (response.StatusCode == HttpStatusCode.SeeOther
                || (response.StatusCode is HttpStatusCode.Moved or HttpStatusCode.Found && method == HttpMethod.Post))
            {
                method = HttpMethod.Get;
                body = null;
            }
        }
    }

    private HttpRequestMessage BuildRequest(StepContext context, HttpStepCall call, Uri url, HttpMethod method, byte[]? body, bool sameOrigin)
    {
        var request = new HttpRequestMessage(method, url) { Version = HttpVersion.Version11 };
        if (sameOrigin)
        {
            // The step's own headers (often credentials) never follow a redirect to another origin.
            foreach (var (name, value) in call.Headers)
            {
                request.Headers.TryAddWithoutValidation(name, value);
            }
        }

        if (body is not null)
        {
            request.Content = new ByteArrayContent(body);
            request.Content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        }

        if (call.SigningSecret is { } secret)
        {
            var timestamp = _time.GetUtcNow().ToUnixTimeSeconds();
            request.Headers.TryAddWithoutValidation(HttpStepSignature.TimestampHeader, timestamp.ToString(CultureInfo.InvariantCulture));
            request.Headers.TryAddWithoutValidation(HttpStepSignature.SignatureHeader, HttpStepSignature.Sign(secret, timestamp, body ?? []));
        }

        request.Headers.TryAddWithoutValidation("Idempotency-Key", context.IdempotencyKey);
        if (!string.IsNullOrEmpty(context.TraceId))
        {
            request.Headers.TryAddWithoutValidation(HttpStepSignature.TraceIdHeader, context.TraceId);
        }

        return request;
    }

    private static bool IsRedirect(HttpStatusCode status) =>
        status is HttpStatusCode.Moved or HttpStatusCode.Found or HttpStatusCode.SeeOther or HttpStatusCode.TemporaryRedirect or HttpStatusCode.PermanentRedirect;

    private static bool IsSameOrigin(Uri a, Uri b) =>
        string.Equals(a.Scheme, b.Scheme, StringComparison.OrdinalIgnoreCase) && string.Equals(a.IdnHost, b.IdnHost, StringComparison.OrdinalIgnoreCase) && a.Port == b.Port;
}
