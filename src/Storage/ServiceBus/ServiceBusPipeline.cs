using JobForge.Storage.Pipeline;
using Azure.Core;
using Azure.Core.Pipeline;

namespace JobForge.Storage.ServiceBus;

/// <summary>
/// The Azure.Core pipeline of a sender: retries from the options (Azure.Core retries 408, 429, 500, 502, 503 and 504
/// and transport failures; each resend carries the same MessageId, so duplicate detection keeps it once), then, per
/// retry, the SAS signer or the Entra ID bearer-token policy.
/// </summary>
internal static class ServiceBusPipeline
{
    /// <summary>The OAuth scope of Service Bus for Entra ID tokens.</summary>
    public const string EntraScope = "https://servicebus.azure.net/.default";

    public static HttpPipeline Create(ServiceBusClientOptions options, HttpPipelinePolicy authentication)
    {
        var pipelineOptions = new HttpPipelineOptions(options)
        {
            RequestFailedDetailsParser = StorageErrorDetailsParser.Instance,
        };
        pipelineOptions.PerRetryPolicies.Add(authentication);
        return HttpPipelineBuilder.Build(pipelineOptions);
    }

    public static HttpPipelinePolicy Bearer(TokenCredential credential) =>
        new BearerTokenAuthenticationPolicy(credential ?? throw new ArgumentNullException(nameof(credential)), EntraScope);
}
