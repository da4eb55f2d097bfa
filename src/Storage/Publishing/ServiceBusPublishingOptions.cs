namespace JobForge.Storage.Publishing;

/// <summary>The Service Bus topic events go to (<c>JobForge:Publishing:ServiceBus</c>).</summary>
public sealed class ServiceBusPublishingOptions
{
    /// <summary>The default <see cref="TopicName"/>.</summary>
    public const string DefaultTopicName = "jobforge-events";

    /// <summary>The <see cref="Credential"/> value that selects managed identity, as in <c>AzureWebJobsStorage__credential</c>.</summary>
    public const string ManagedIdentityCredential = "managedidentity";

    /// <summary>
    /// A Service Bus connection string with a shared access key (<c>JobForge:Publishing:ServiceBus:ConnectionString</c>).
    /// Wins over <see cref="FullyQualifiedNamespace"/>.
    /// </summary>
    public string? ConnectionString { get; set; }

    /// <summary>
    /// The namespace host (<c>ns.servicebus.windows.net</c>, or an absolute URI) for Entra ID access: managed identity
    /// when <see cref="Credential"/> says so, else a <see cref="Azure.Core.TokenCredential"/> registered in DI, else
    /// <see cref="Azure.Identity.DefaultAzureCredential"/>.
    /// </summary>
    public string? FullyQualifiedNamespace { get; set; }

    /// <summary><c>managedidentity</c> to use the app's managed identity only (as <c>AzureWebJobsStorage__credential</c>); unset for the default chain.</summary>
    public string? Credential { get; set; }

    /// <summary>The client id of a user-assigned managed identity (as <c>AzureWebJobsStorage__clientId</c>).</summary>
    public string? ClientId { get; set; }

    /// <summary>The topic (or queue). Default <c>jobforge-events</c>; the connection string's <c>EntityPath</c> must agree.</summary>
    public string TopicName { get; set; } = DefaultTopicName;
}
