using Azure.Messaging.ServiceBus;
using Microsoft.Extensions.Options;

namespace JobForge.Storage.Publishing;

/// <summary>Fails start-up when the publishing settings are missing or malformed, naming the key to set.</summary>
public sealed class PublishingOptionsValidator : IValidateOptions<PublishingOptions>
{
    private const string Prefix = "JobForge:Publishing:";

    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, PublishingOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        if (!Enum.IsDefined(options.Mode))
        {
            failures.Add($"'{Prefix}Mode' must be None, StorageQueue or ServiceBus.");
        }

        if (options.PollInterval < TimeSpan.FromSeconds(1) || options.PollInterval > TimeSpan.FromMinutes(5))
        {
            failures.Add($"'{Prefix}PollInterval' must be from 00:00:01 to 00:05:00 (the idle cost is one storage request per interval).");
        }

        if (options.IdlePollInterval < TimeSpan.FromSeconds(1) || options.IdlePollInterval > TimeSpan.FromMinutes(5))
        {
            failures.Add($"'{Prefix}IdlePollInterval' must be from 00:00:01 to 00:05:00 (it bounds how late a crashed server's outbox entries are published; at most '{Prefix}PollInterval' turns the idle back-off off).");
        }

        if (options.BatchSize is < 1 or > 1000)
        {
            failures.Add($"'{Prefix}BatchSize' must be from 1 to 1000.");
        }

        if (options.MinRetryBackoff <= TimeSpan.Zero || options.MinRetryBackoff > options.MaxRetryBackoff)
        {
            failures.Add($"'{Prefix}MinRetryBackoff' must be positive and at most '{Prefix}MaxRetryBackoff'.");
        }

        if (options.MaxRetryBackoff > TimeSpan.FromMinutes(10))
        {
            failures.Add($"'{Prefix}MaxRetryBackoff' must be at most 00:10:00.");
        }

        if (options.PendingLag < TimeSpan.Zero || options.PendingLag > TimeSpan.FromMinutes(5))
        {
            failures.Add($"'{Prefix}PendingLag' must be from 00:00:00 to 00:05:00.");
        }

        switch (options.Mode)
        {
            case PublishingMode.ServiceBus:
                ValidateServiceBus(options.ServiceBus, failures);
                break;
            case PublishingMode.StorageQueue:
                ValidateQueue(options.StorageQueue, failures);
                break;
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    /// <summary>The namespace endpoint for <paramref name="fullyQualifiedNamespace"/> (a host name or an absolute URI), or null.</summary>
    public static Uri? NamespaceEndpoint(string? fullyQualifiedNamespace)
    {
        if (string.IsNullOrWhiteSpace(fullyQualifiedNamespace))
        {
            return null;
        }

        var text = fullyQualifiedNamespace.Trim();
        if (Uri.TryCreate(text, UriKind.Absolute, out var absolute) && absolute.Scheme is "https" or "http" or "sb")
        {
            return absolute;
        }

        return Uri.CheckHostName(text) == UriHostNameType.Dns ? new Uri("https://" + text + "/") : null;
    }

    private static void ValidateServiceBus(ServiceBusPublishingOptions options, List<string> failures)
    {
        var key = Prefix + "ServiceBus:";
        if (string.IsNullOrWhiteSpace(options.TopicName))
        {
            failures.Add($"'{key}TopicName' must name the topic (default {ServiceBusPublishingOptions.DefaultTopicName}).");
        }

        if (!string.IsNullOrWhiteSpace(options.ConnectionString))
        {
            ValidateConnectionString(options, key, failures);
            return;
        }

        if (!string.IsNullOrWhiteSpace(options.Credential)
            && !string.Equals(options.Credential.Trim(), ServiceBusPublishingOptions.ManagedIdentityCredential, StringComparison.OrdinalIgnoreCase))
        {
            failures.Add($"'{key}Credential' must be '{ServiceBusPublishingOptions.ManagedIdentityCredential}' or unset (the default Azure credential chain).");
        }

        if (string.IsNullOrWhiteSpace(options.FullyQualifiedNamespace))
        {
            failures.Add($"Publishing to Service Bus needs '{key}ConnectionString', or '{key}FullyQualifiedNamespace' (e.g. ns.servicebus.windows.net) for Entra ID.");
        }
        else if (NamespaceEndpoint(options.FullyQualifiedNamespace) is null)
        {
            failures.Add($"'{key}FullyQualifiedNamespace' must be a host name such as ns.servicebus.windows.net.");
        }
    }

    // Never echoes the connection string: it carries the shared access key.
    private static void ValidateConnectionString(ServiceBusPublishingOptions options, string key, List<string> failures)
    {
        ServiceBusConnectionStringProperties parsed;
        try
        {
            parsed = ServiceBusConnectionStringProperties.Parse(options.ConnectionString!);
        }
        catch (Exception ex) when (ex is FormatException or ArgumentException)
        {
            failures.Add($"'{key}ConnectionString' is not a valid Service Bus connection string (Endpoint=sb://…;SharedAccessKeyName=…;SharedAccessKey=…).");
            return;
        }

        if (parsed.Endpoint is not { Scheme: "sb" } endpoint || string.IsNullOrEmpty(endpoint.Host))
        {
            failures.Add($"'{key}ConnectionString' needs Endpoint=sb://<namespace>.servicebus.windows.net/.");
        }
        else if (string.IsNullOrEmpty(parsed.SharedAccessSignature)
            && (string.IsNullOrEmpty(parsed.SharedAccessKeyName) || string.IsNullOrEmpty(parsed.SharedAccessKey)))
        {
            failures.Add($"'{key}ConnectionString' needs SharedAccessKeyName and SharedAccessKey (or SharedAccessSignature); for Entra ID set '{key}FullyQualifiedNamespace' instead.");
        }
        else if (parsed.EntityPath is { Length: > 0 } entity && !string.Equals(entity, options.TopicName, StringComparison.OrdinalIgnoreCase))
        {
            failures.Add($"'{key}ConnectionString' has EntityPath '{entity}' but '{key}TopicName' is '{options.TopicName}'; make them agree.");
        }
    }

    private static void ValidateQueue(StorageQueuePublishingOptions options, List<string> failures)
    {
        var key = Prefix + "StorageQueue:";
        if (!IsStorageName(options.QueueName))
        {
            failures.Add($"'{key}QueueName' must be 3 to 63 lowercase letters, digits and single hyphens (default {StorageQueuePublishingOptions.DefaultQueueName}).");
        }

        if (!IsStorageName(options.OverflowContainerName))
        {
            failures.Add($"'{key}OverflowContainerName' must be 3 to 63 lowercase letters, digits and single hyphens.");
        }
    }

    private static bool IsStorageName(string? name) =>
        name is { Length: >= 3 and <= 63 }
        && name.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-')
        && char.IsAsciiLetterOrDigit(name[0]) && char.IsAsciiLetterOrDigit(name[^1])
        && !name.Contains("--", StringComparison.Ordinal);
}
