using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;

namespace JobForge.Storage.Tests.ServiceBus;

/// <summary>
/// A Service Bus REST stand-in on <c>http://127.0.0.1:{port}/</c> (the port comes from binding port 0; a lost race
/// is retried). It checks the documented send contract — POST to <c>/{entity}/messages</c>, authorization, a
/// <c>BrokerProperties</c> header with MessageId for a single send, a JSON array of messages with Body and
/// BrokerProperties.MessageId for a batch — records every request, and answers 201 or the next scripted status.
/// </summary>
internal sealed class LoopbackServiceBus : IDisposable
{
    private readonly HttpListener _listener;
    private readonly LoopbackAuthorization _authorization;
    private readonly TimeProvider _time;
    private readonly ConcurrentQueue<int> _script = new();
    private readonly ConcurrentQueue<RecordedRequest> _requests = new();

    private LoopbackServiceBus(HttpListener listener, Uri endpoint, LoopbackAuthorization authorization, TimeProvider time)
    {
        _listener = listener;
        _authorization = authorization;
        _time = time;
        Endpoint = endpoint;
        _ = Task.Run(ServeAsync);
    }

    public Uri Endpoint { get; }

    public IReadOnlyList<RecordedRequest> Requests => [.. _requests];

    public static LoopbackServiceBus Start(LoopbackAuthorization authorization, TimeProvider? time = null)
    {
        for (var attempt = 1; ; attempt++)
        {
            var probe = new TcpListener(IPAddress.Loopback, 0);
            probe.Start();
            var port = ((IPEndPoint)probe.LocalEndpoint).Port;
            probe.Stop();
            var endpoint = new Uri($"http://127.0.0.1:{port}/");
            var listener = new HttpListener();
            listener.Prefixes.Add(endpoint.AbsoluteUri);
            try
            {
                listener.Start();
                return new LoopbackServiceBus(listener, endpoint, authorization, time ?? TimeProvider.System);
            }
            catch (HttpListenerException) when (attempt < 5)
            {
                listener.Close(); // Another process took the port between probe and start.
            }
        }
    }

    /// <summary>Answers the next requests with <paramref name="statuses"/>, in order, before going back to 201.</summary>
    public void Script(params int[] statuses)
    {
        foreach (var status in statuses)
        {
            _script.Enqueue(status);
        }
    }

    public void Dispose() => _listener.Close();

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            await HandleAsync(context);
        }
    }

    private async Task HandleAsync(HttpListenerContext context)
    {
        var request = context.Request;
        using var body = new MemoryStream();
        await request.InputStream.CopyToAsync(body);
        var headers = request.Headers.AllKeys.OfType<string>()
            .ToDictionary(name => name, name => request.Headers[name] ?? string.Empty, StringComparer.OrdinalIgnoreCase);
        var authFailure = _authorization.Check(request.Headers["Authorization"], request.Url!, _time.GetUtcNow());
        var recorded = new RecordedRequest(request.HttpMethod, request.Url!.AbsolutePath, headers, body.ToArray(), authFailure);
        _requests.Enqueue(recorded);

        var (status, detail) = authFailure is not null ? (401, "InvalidSignature: " + authFailure) : CheckContract(recorded);
        if (status == 201 && _script.TryDequeue(out var scripted))
        {
            (status, detail) = (scripted, "Scripted failure.");
        }

        context.Response.StatusCode = status;
        if (status != 201)
        {
            var error = Encoding.UTF8.GetBytes($"<Error><Code>{status}</Code><Detail>{detail}</Detail></Error>");
            context.Response.ContentType = "application/xml; charset=utf-8";
            await context.Response.OutputStream.WriteAsync(error);
        }

        context.Response.Close();
    }

    private static (int Status, string Detail) CheckContract(RecordedRequest request)
    {
        if (request.Method != "POST")
        {
            return (405, "Only POST sends.");
        }

        var segments = request.Path.Trim('/').Split('/');
        if (segments.Length < 2 || segments[^1] != "messages")
        {
            return (404, "Not a /{entity}/messages path.");
        }

        try
        {
            return request.Header("Content-Type") == "application/vnd.microsoft.servicebus.json"
                ? CheckBatch(request.BatchBody)
                : request.BrokerProperties.GetProperty("MessageId").GetString() is { Length: > 0 }
                    ? (201, string.Empty)
                    : (400, "BrokerProperties has no MessageId.");
        }
        catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            return (400, "Malformed BrokerProperties or batch body.");
        }
    }

    private static (int Status, string Detail) CheckBatch(JsonElement batch)
    {
        if (batch.ValueKind != JsonValueKind.Array || batch.GetArrayLength() == 0)
        {
            return (400, "A batch is a non-empty JSON array.");
        }

        foreach (var message in batch.EnumerateArray())
        {
            if (message.GetProperty("Body").ValueKind != JsonValueKind.String
                || message.GetProperty("BrokerProperties").GetProperty("MessageId").GetString() is not { Length: > 0 })
            {
                return (400, "Each batch message needs a string Body and BrokerProperties.MessageId.");
            }
        }

        return (201, string.Empty);
    }
}
