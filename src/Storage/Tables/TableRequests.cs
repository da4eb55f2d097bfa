using Azure;
using Azure.Core;
using JobForge.Storage.Accounts;
using JobForge.Storage.Pipeline;

namespace JobForge.Storage.Tables;

/// <summary>
/// What every Table request shares: the pipeline, the OData headers
/// (https://learn.microsoft.com/rest/api/storageservices/setting-the-odata-data-service-version-headers) and JSON bodies.
/// </summary>
internal static class TableRequests
{
    public const string MinimalMetadata = "application/json;odata=minimalmetadata";

    public static readonly RequestMethod Merge = new("MERGE");

    public static StoragePipeline CreatePipeline(
        TableClientOptions? options, StorageSharedKeyCredential? sharedKey, TokenCredential? tokenCredential)
    {
        options ??= new TableClientOptions();
        return StoragePipeline.Create(
            options, StorageService.Table, options.VersionString, options.TimeProvider, sharedKey, tokenCredential);
    }

    /// <summary>The endpoint without a trailing slash, so paths append as <c>{endpoint}/{resource}</c>.</summary>
    public static string NormalizeEndpoint(Uri endpoint)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        if (!endpoint.IsAbsoluteUri || endpoint.Scheme is not ("http" or "https"))
        {
            throw new ArgumentException("The Table endpoint must be an absolute http(s) URI.", nameof(endpoint));
        }

        if (!string.IsNullOrEmpty(endpoint.Query) || !string.IsNullOrEmpty(endpoint.Fragment))
        {
            throw new ArgumentException("The Table endpoint must not carry a query or fragment (SAS is not supported).", nameof(endpoint));
        }

        return endpoint.AbsoluteUri.TrimEnd('/');
    }

    public static HttpMessage Create(StoragePipeline pipeline, RequestMethod method, string url)
    {
        var message = pipeline.CreateMessage(method, new Uri(url));
        var headers = message.Request.Headers;
        headers.SetValue("Accept", MinimalMetadata);
        headers.SetValue("DataServiceVersion", "3.0");
        headers.SetValue("MaxDataServiceVersion", "3.0;NetFx");
        return message;
    }

    public static void SetJsonBody(HttpMessage message, BinaryData body)
    {
        message.Request.Headers.SetValue("Content-Type", "application/json");
        message.Request.Content = RequestContent.Create(body);
    }

    /// <summary>The <c>If-Match</c> value: <c>*</c> for <see cref="ETag.All"/>, else the ETag exactly as the service gave it.</summary>
    public static string IfMatch(ETag etag) => etag == ETag.All ? "*" : etag.ToString();

    /// <summary>
    /// The response's ETag exactly as sent (not <see cref="ResponseHeaders.ETag"/>, which unquotes strong ETags), so it
    /// matches the body's <c>odata.etag</c> and goes back unchanged in <c>If-Match</c>.
    /// </summary>
    public static ETag ETagOf(Response response) =>
        response.Headers.TryGetValue("ETag", out var raw) ? new ETag(raw) : default;
}
