using Azure;
using Azure.Core;
using Azure.Core.Pipeline;
using JobForge.Storage.Accounts;

namespace JobForge.Storage.Pipeline;

/// <summary>
/// One Azure.Core <see cref="HttpPipeline"/> per service client: retries from the client options, then (per retry)
/// the <c>x-ms-version</c> stamp and the Shared Key signer or the Entra ID bearer-token policy.
/// Failures surface as <see cref="RequestFailedException"/> with the status and the service's error code.
/// </summary>
internal sealed class StoragePipeline
{
    /// <summary>The OAuth scope of Azure Storage for Entra ID tokens.</summary>
    public const string StorageScope = "https://storage.azure.com/.default";

    private StoragePipeline(HttpPipeline pipeline, string version)
    {
        Pipeline = pipeline;
        Version = version;
    }

    public HttpPipeline Pipeline { get; }

    public string Version { get; }

    public static StoragePipeline Create(
        ClientOptions options,
        StorageService service,
        string version,
        TimeProvider time,
        StorageSharedKeyCredential? sharedKey,
        TokenCredential? tokenCredential)
    {
        HttpPipelinePolicy authentication = (sharedKey, tokenCredential) switch
        {
            ({ } key, null) => new SharedKeySigningPolicy(key, service, time),
            (null, { } token) => new BearerTokenAuthenticationPolicy(token, StorageScope),
            _ => throw new ArgumentException("Give exactly one credential: a shared key or a token credential."),
        };

        var pipelineOptions = new HttpPipelineOptions(options)
        {
            RequestFailedDetailsParser = StorageErrorDetailsParser.Instance,
        };
        pipelineOptions.PerRetryPolicies.Add(new VersionHeaderPolicy(version));
        pipelineOptions.PerRetryPolicies.Add(authentication);
        return new StoragePipeline(HttpPipelineBuilder.Build(pipelineOptions), version);
    }

    /// <summary>A new message for <paramref name="method"/> on <paramref name="uri"/>.</summary>
    public HttpMessage CreateMessage(RequestMethod method, Uri uri)
    {
        var message = Pipeline.CreateMessage();
        message.Request.Method = method;
        message.Request.Uri.Reset(uri);
        return message;
    }

    /// <summary>Sends <paramref name="message"/>; any status outside <paramref name="expected"/> throws.</summary>
    /// <exception cref="RequestFailedException">The service answered with another status.</exception>
    public async ValueTask<Response> SendAsync(HttpMessage message, CancellationToken cancellationToken, params int[] expected)
    {
        await Pipeline.SendAsync(message, cancellationToken).ConfigureAwait(false);
        var response = message.Response;
        foreach (var status in expected)
        {
            if (response.Status == status)
            {
                return response;
            }
        }

        throw new RequestFailedException(response, null, StorageErrorDetailsParser.Instance);
    }

    private sealed class VersionHeaderPolicy(string version) : HttpPipelineSynchronousPolicy
    {
        public override void OnSendingRequest(HttpMessage message) =>
            message.Request.Headers.SetValue("x-ms-version", version);
    }
}
