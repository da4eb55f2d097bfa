using System.Diagnostics.CodeAnalysis;
using System.Text;

namespace JobForge.Storage.ServiceBus;

/// <summary>
/// A parsed Service Bus connection string, in either form the portal and the Azure SDK use:
/// <list type="bullet">
/// <item><c>Endpoint=sb://ns.servicebus.windows.net/;SharedAccessKeyName=…;SharedAccessKey=…[;EntityPath=queue]</c>;</item>
/// <item><c>Endpoint=sb://ns.servicebus.windows.net/;SharedAccessSignature=SharedAccessSignature sr=…&amp;sig=…&amp;se=…&amp;skn=…[;EntityPath=queue]</c>.</item>
/// </list>
/// Setting names are case-insensitive. Error messages and <see cref="ToString"/> never contain the key or signature.
/// </summary>
public sealed class ServiceBusConnectionString
{
    private ServiceBusConnectionString(Uri endpoint, string? entityPath, ServiceBusSharedAccessSignatureCredential credential)
    {
        Endpoint = endpoint;
        EntityPath = entityPath;
        Credential = credential;
    }

    /// <summary>The namespace endpoint as written, for example <c>sb://ns.servicebus.windows.net/</c>.</summary>
    public Uri Endpoint { get; }

    /// <summary>The namespace host, for example <c>ns.servicebus.windows.net</c>.</summary>
    public string FullyQualifiedNamespace => Endpoint.Host;

    /// <summary>The queue or topic the string is scoped to, or null for a namespace-level string.</summary>
    public string? EntityPath { get; }

    /// <summary>The key or issued signature, as a credential.</summary>
    public ServiceBusSharedAccessSignatureCredential Credential { get; }

    /// <summary>Parses <paramref name="connectionString"/>.</summary>
    /// <exception cref="FormatException">The string is malformed; the message names the problem, never the key.</exception>
    public static ServiceBusConnectionString Parse(string connectionString) =>
        TryParse(connectionString, out var parsed, out var error) ? parsed : throw new FormatException(error);

    /// <summary>Parses <paramref name="connectionString"/>, returning a message naming the problem when it is malformed.</summary>
    public static bool TryParse(
        string? connectionString,
        [NotNullWhen(true)] out ServiceBusConnectionString? parsed,
        [NotNullWhen(false)] out string? error)
    {
        parsed = null;
        if (!ServiceBusConnectionStringSettings.TrySplit(connectionString, out var settings, out error))
        {
            return false;
        }

        if (!settings.TryGetValue("Endpoint", out var endpointText))
        {
            error = "The Service Bus connection string has no Endpoint (for example Endpoint=sb://ns.servicebus.windows.net/).";
            return false;
        }

        if (!Uri.TryCreate(endpointText, UriKind.Absolute, out var endpoint) || !IsUsable(endpoint))
        {
            error = "The Service Bus connection string's Endpoint must be sb://{namespace}/ (or https://, or http:// on loopback), without a path.";
            return false;
        }

        string? entityPath = settings.GetValueOrDefault("EntityPath");
        if (entityPath is not null && !IsValidEntityPath(entityPath))
        {
            error = "The Service Bus connection string's EntityPath is not a valid queue or topic name.";
            return false;
        }

        if (!ServiceBusConnectionStringSettings.TryCredential(settings, out var credential, out error))
        {
            return false;
        }

        parsed = new ServiceBusConnectionString(endpoint, entityPath, credential);
        return true;
    }

    /// <summary>The connection string without its secret: the endpoint, key name and entity path only.</summary>
    public override string ToString()
    {
        var text = new StringBuilder("Endpoint=").Append(Endpoint.AbsoluteUri)
            .Append(";SharedAccessKeyName=").Append(Credential.KeyName);
        if (EntityPath is not null)
        {
            text.Append(";EntityPath=").Append(EntityPath);
        }

        return text.ToString();
    }

    private static bool IsUsable(Uri endpoint)
    {
        try
        {
            ServiceBusEndpoint.ToRestBase(endpoint, nameof(endpoint));
            return true;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    private static bool IsValidEntityPath(string entityPath)
    {
        try
        {
            ServiceBusEndpoint.RequireEntityPath(entityPath, nameof(entityPath));
            return true;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}
