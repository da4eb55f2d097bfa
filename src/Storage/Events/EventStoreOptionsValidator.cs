using Microsoft.Extensions.Options;

namespace JobForge.Storage.Events;

/// <summary>Checks <see cref="EventStoreOptions"/> at start-up; each message names the key to fix.</summary>
internal sealed class EventStoreOptionsValidator : IValidateOptions<EventStoreOptions>
{
    private const string Section = EventStoreOptions.SectionName;

    public ValidateOptionsResult Validate(string? name, EventStoreOptions options)
    {
        var failures = new List<string>();
        CheckTableName(failures, nameof(options.EventsTableName), options.EventsTableName);
        CheckTableName(failures, nameof(options.TenantsTableName), options.TenantsTableName);
        if (options.BlobContainerName is not { Length: >= 3 and <= 63 } container
            || !container.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-')
            || container.StartsWith('-') || container.EndsWith('-') || container.Contains("--", StringComparison.Ordinal))
        {
            failures.Add($"Set '{Section}:{nameof(options.BlobContainerName)}' to 3-63 lowercase letters, digits and single hyphens.");
        }

        if (options.MaxInFlightBatches is < 1 or > 64)
        {
            failures.Add($"Set '{Section}:{nameof(options.MaxInFlightBatches)}' to 1-64.");
        }

        if (options.MaxInFlightBatchesPerTenant < 1)
        {
            failures.Add($"Set '{Section}:{nameof(options.MaxInFlightBatchesPerTenant)}' to at least 1.");
        }

        if (options.AppendedBufferCapacity < 1)
        {
            failures.Add($"Set '{Section}:{nameof(options.AppendedBufferCapacity)}' to at least 1.");
        }

        if (options.MaxInlineCompressedBytes is < 0 or > 15 * EventDocumentCodec.ChunkBytes)
        {
            failures.Add($"Set '{Section}:{nameof(options.MaxInlineCompressedBytes)}' to 0-{15 * EventDocumentCodec.ChunkBytes}.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void CheckTableName(List<string> failures, string key, string? value)
    {
        if (value is not { Length: >= 3 and <= 63 } || !char.IsAsciiLetter(value[0]) || !value.All(char.IsAsciiLetterOrDigit))
        {
            failures.Add($"Set '{Section}:{key}' to 3-63 letters and digits, starting with a letter.");
        }
    }
}
