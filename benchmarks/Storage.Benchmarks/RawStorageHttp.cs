using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.RegularExpressions;

namespace JobForge.Storage.Benchmarks;

/// <summary>
/// The floor: the same storage operations as hand-built, Shared-Key-signed HttpClient requests, without Azure.Core's
/// pipeline or the clients' parsing. It signs with its own Shared Key canonicaliser; the difference is the client's own cost.
/// </summary>
internal sealed partial class RawStorageHttp : IDisposable
{
    private readonly HttpClient _http = new(new SocketsHttpHandler { MaxConnectionsPerServer = 256, PooledConnectionLifetime = TimeSpan.FromMinutes(5) });
    private readonly RawAccount _account;

    public RawStorageHttp(RawAccount account) => _account = account;

    public Task InsertEntityAsync(string table, string partitionKey, string rowKey, string payload)
    {
        var body = $"{{\"PartitionKey\":\"{partitionKey}\",\"RowKey\":\"{rowKey}\",\"Payload\":\"{payload}\"}}";
        var request = TableRequest(HttpMethod.Post, $"{_account.TableEndpoint}/{table}", body, "application/json");
        request.Headers.Add("Prefer", "return-no-content");
        return SendAsync(request, StorageService.Table, 204);
    }

    public Task GetEntityAsync(string table, string partitionKey, string rowKey) =>
        SendAsync(TableRequest(HttpMethod.Get, $"{_account.TableEndpoint}/{table}(PartitionKey='{partitionKey}',RowKey='{rowKey}')", null, null), StorageService.Table, 200);

    public Task InsertBatchAsync(string table, string partitionKey, IReadOnlyList<string> rowKeys, string payload)
    {
        var batch = "batch_" + Guid.NewGuid().ToString("N");
        var changeset = "changeset_" + Guid.NewGuid().ToString("N");
        var body = new StringBuilder();
        body.Append("--").Append(batch).Append("\r\nContent-Type: multipart/mixed; boundary=").Append(changeset).Append("\r\n\r\n");
        for (var i = 0; i < rowKeys.Count; i++)
        {
            body.Append("--").Append(changeset).Append("\r\nContent-Type: application/http\r\nContent-Transfer-Encoding: binary\r\n\r\n")
                .Append("POST ").Append(_account.TableEndpoint).Append('/').Append(table).Append(" HTTP/1.1\r\n")
                .Append("Content-Type: application/json\r\nAccept: application/json;odata=minimalmetadata\r\nPrefer: return-no-content\r\nDataServiceVersion: 3.0\r\n")
                .Append("Content-ID: ").Append(i.ToString(CultureInfo.InvariantCulture)).Append("\r\n\r\n")
                .Append($"{{\"PartitionKey\":\"{partitionKey}\",\"RowKey\":\"{rowKeys[i]}\",\"Payload\":\"{payload}\"}}").Append("\r\n");
        }

        body.Append("--").Append(changeset).Append("--\r\n--").Append(batch).Append("--\r\n");
        var request = TableRequest(HttpMethod.Post, $"{_account.TableEndpoint}/$batch", body.ToString(), "multipart/mixed; boundary=" + batch);
        return SendAsync(request, StorageService.Table, 202);
    }

    public async Task QueueCycleAsync(string queue, string text)
    {
        var uri = $"{_account.QueueEndpoint}/{queue}/messages";
        await SendAsync(Request(HttpMethod.Post, uri, $"<QueueMessage><MessageText>{text}</MessageText></QueueMessage>", "application/xml"), StorageService.Queue, 201);
        var received = await SendForBodyAsync(Request(HttpMethod.Get, uri + "?numofmessages=1&visibilitytimeout=30", null, null), StorageService.Queue, 200);
        var id = MessageId().Match(received);
        var receipt = PopReceipt().Match(received);
        if (!id.Success || !receipt.Success)
        {
            return; // Another worker took it; the cycle still sent and received once.
        }

        await SendAsync(Request(HttpMethod.Delete, $"{uri}/{id.Groups[1].Value}?popreceipt={Uri.EscapeDataString(receipt.Groups[1].Value)}", null, null), StorageService.Queue, 204);
    }

    public Task PutBlobAsync(string container, string name, byte[] content)
    {
        var request = Request(HttpMethod.Put, $"{_account.BlobEndpoint}/{container}/{name}", null, null);
        request.Content = new ByteArrayContent(content);
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        request.Headers.Add("x-ms-blob-type", "BlockBlob");
        return SendAsync(request, StorageService.Blob, 201);
    }

    public void Dispose() => _http.Dispose();

    private HttpRequestMessage TableRequest(HttpMethod method, string uri, string? body, string? contentType)
    {
        var request = Request(method, uri, body, contentType);
        // The same OData headers as the client: minimal metadata gives typed values back, and costs Azurite the same.
        request.Headers.Add("Accept", "application/json;odata=minimalmetadata");
        request.Headers.Add("MaxDataServiceVersion", "3.0;NetFx");
        request.Headers.Add("DataServiceVersion", "3.0");
        return request;
    }

    private static HttpRequestMessage Request(HttpMethod method, string uri, string? body, string? contentType)
    {
        var request = new HttpRequestMessage(method, uri);
        if (body is not null)
        {
            request.Content = new StringContent(body, Encoding.UTF8);
            request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType!);
        }

        return request;
    }

    private async Task SendAsync(HttpRequestMessage request, StorageService service, int expected)
    {
        using (request)
        {
            Sign(request, service);
            using var response = await _http.SendAsync(request).ConfigureAwait(false);
            await response.Content.LoadIntoBufferAsync().ConfigureAwait(false);
            if ((int)response.StatusCode != expected)
            {
                throw new InvalidOperationException($"Raw {request.Method} {request.RequestUri!.AbsolutePath} returned {(int)response.StatusCode}.");
            }
        }
    }

    private async Task<string> SendForBodyAsync(HttpRequestMessage request, StorageService service, int expected)
    {
        using (request)
        {
            Sign(request, service);
            using var response = await _http.SendAsync(request).ConfigureAwait(false);
            var body = await response.Content.ReadAsStringAsync().ConfigureAwait(false);
            return (int)response.StatusCode == expected
                ? body
                : throw new InvalidOperationException($"Raw {request.Method} {request.RequestUri!.AbsolutePath} returned {(int)response.StatusCode}.");
        }
    }

    private void Sign(HttpRequestMessage request, StorageService service)
    {
        request.Headers.Add("x-ms-date", DateTimeOffset.UtcNow.ToString("R", CultureInfo.InvariantCulture));
        request.Headers.Add("x-ms-version", service == StorageService.Table ? "2019-02-02" : "2025-11-05");
        var headers = request.Headers.Select(h => new KeyValuePair<string, string>(h.Key, string.Join(",", h.Value))).ToList();
        long? length = null;
        if (request.Content is { } content)
        {
            headers.AddRange(content.Headers.Select(h => new KeyValuePair<string, string>(h.Key, string.Join(",", h.Value))));
            length = content.Headers.ContentLength;
        }

        var stringToSign = service == StorageService.Table
            ? SharedKeyStringToSign.ForTable(request.Method.Method, request.RequestUri!, _account.AccountName, headers)
            : SharedKeyStringToSign.ForBlobOrQueue(request.Method.Method, request.RequestUri!, _account.AccountName, length, headers);
        request.Headers.TryAddWithoutValidation("Authorization", $"SharedKey {_account.AccountName}:{_account.ComputeSignature(stringToSign)}");
    }

    [GeneratedRegex("<MessageId>([^<]+)</MessageId>")]
    private static partial Regex MessageId();

    [GeneratedRegex("<PopReceipt>([^<]+)</PopReceipt>")]
    private static partial Regex PopReceipt();
}
