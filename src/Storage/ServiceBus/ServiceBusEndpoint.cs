namespace JobForge.Storage.ServiceBus;

/// <summary>
/// Turns a namespace endpoint into the REST base URI and checks entity paths. <c>sb://</c> (the connection-string form)
/// becomes <c>https://</c> on the default port; <c>https://</c> is kept; plain <c>http://</c> is accepted only for a
/// loopback host (test listeners), so a production send is never unencrypted.
/// </summary>
internal static class ServiceBusEndpoint
{
    private const int MaxEntityPathLength = 260;

    public static Uri ToRestBase(Uri endpoint, string parameter)
    {
        ArgumentNullException.ThrowIfNull(endpoint, parameter);
        if (!endpoint.IsAbsoluteUri || string.IsNullOrEmpty(endpoint.Host))
        {
            throw new ArgumentException("The Service Bus endpoint must be an absolute URI such as https://ns.servicebus.windows.net/.", parameter);
        }

        if (endpoint.AbsolutePath != "/" || !string.IsNullOrEmpty(endpoint.Query) || !string.IsNullOrEmpty(endpoint.Fragment)
            || !string.IsNullOrEmpty(endpoint.UserInfo))
        {
            throw new ArgumentException("The Service Bus endpoint must be the namespace root, without a path, query or user info.", parameter);
        }

        var builder = endpoint.Scheme.ToUpperInvariant() switch
        {
            "SB" => new UriBuilder(Uri.UriSchemeHttps, endpoint.Host),
            "HTTPS" => new UriBuilder(endpoint),
            "HTTP" when endpoint.IsLoopback => new UriBuilder(endpoint),
            "HTTP" => throw new ArgumentException("The Service Bus endpoint must use https (http is allowed for loopback test listeners only).", parameter),
            _ => throw new ArgumentException("The Service Bus endpoint must be sb:// or https://.", parameter),
        };
        return builder.Uri;
    }

    /// <summary>
    /// A queue or topic path: 1 to 260 letters, digits, '.', '-', '_' and '/', not starting or ending with '/' or '.',
    /// without empty segments (https://learn.microsoft.com/azure/azure-resource-manager/management/resource-name-rules#microsoftservicebus).
    /// </summary>
    public static string RequireEntityPath(string? entityPath, string parameter)
    {
        if (string.IsNullOrEmpty(entityPath) || entityPath.Length > MaxEntityPathLength
            || !entityPath.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_' or '/')
            || entityPath[0] is '/' or '.' || entityPath[^1] is '/' or '.'
            || entityPath.Contains("//", StringComparison.Ordinal))
        {
            throw new ArgumentException(
                "The entity path must be a queue or topic name: 1 to 260 letters, digits, '.', '-', '_' or '/', not starting or ending with '/' or '.'.",
                parameter);
        }

        return entityPath;
    }
}
