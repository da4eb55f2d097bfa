using Microsoft.Extensions.Options;

namespace JobForge.Storage.Audit;

/// <summary>Fails start-up when the audit settings are malformed, naming the key to fix.</summary>
public sealed class AuditOptionsValidator : IValidateOptions<AuditOptions>
{
    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, AuditOptions options)
    {
        var failures = new List<string>();
        if (!IsValidTableName(options.TableName))
        {
            failures.Add("'JobForge:Audit:TableName' must be 3 to 63 letters and digits, starting with a letter.");
        }

        if (options.QueueCapacity is < 1 or > 1_000_000)
        {
            failures.Add("'JobForge:Audit:QueueCapacity' must be between 1 and 1000000.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static bool IsValidTableName(string? name) =>
        name is { Length: >= 3 and <= 63 } && char.IsAsciiLetter(name[0]) && name.All(char.IsAsciiLetterOrDigit)
        && !name.Equals("tables", StringComparison.OrdinalIgnoreCase);
}
