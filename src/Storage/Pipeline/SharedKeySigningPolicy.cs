using System.Globalization;
using Azure.Core;
using Azure.Core.Pipeline;
using JobForge.Storage.Accounts;

namespace JobForge.Storage.Pipeline;

/// <summary>
/// Signs every request with Shared Key (https://learn.microsoft.com/rest/api/storageservices/authorize-with-shared-key).
/// It sits among the per-retry policies, so each retry gets a fresh <c>x-ms-date</c> and a signature over the headers
/// Azure.Core added (such as <c>x-ms-client-request-id</c>).
/// </summary>
internal sealed class SharedKeySigningPolicy : HttpPipelineSynchronousPolicy
{
    private readonly StorageSharedKeyCredential _credential;
    private readonly StorageService _service;
    private readonly TimeProvider _time;

    public SharedKeySigningPolicy(StorageSharedKeyCredential credential, StorageService service, TimeProvider time)
    {
        _credential = credential;
        _service = service;
        _time = time;
    }

    public override void OnSendingRequest(HttpMessage message)
    {
        var request = message.Request;
        request.Headers.SetValue("x-ms-date", _time.GetUtcNow().ToString("R", CultureInfo.InvariantCulture));
        var uri = request.Uri.ToUri();
        var headers = request.Headers.Select(header => new KeyValuePair<string, string>(header.Name, header.Value));
        var stringToSign = _service == StorageService.Table
            ? SharedKeyStringToSign.ForTable(request.Method.Method, uri, _credential.AccountName, headers)
            : SharedKeyStringToSign.ForBlobOrQueue(
                request.Method.Method,
                uri,
                _credential.AccountName,
                request.Content is { } content && content.TryComputeLength(out var length) ? length : null,
                headers);
        request.Headers.SetValue(
            HttpHeader.Names.Authorization,
            "SharedKey " + _credential.AccountName + ":" + _credential.ComputeSignature(stringToSign));
    }
}
