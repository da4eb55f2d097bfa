namespace JobForge.Storage.Tables;

/// <summary>
/// Validates table names, entity keys and property names before they reach a URL or a body, and builds entity paths.
/// Rules: https://learn.microsoft.com/rest/api/storageservices/understanding-the-table-service-data-model.
/// </summary>
internal static class TableResourcePath
{
    /// <summary>
    /// Keys may be up to 1 KiB. The service counts UTF-16, so that is 512 characters — also Azurite's limit
    /// (<c>DEFAULT_KEY_MAX_LENGTH</c>), so a key this client accepts is accepted by both.
    /// </summary>
    public const int MaxKeyLength = 512;

    public const int MaxPropertyNameLength = 255;

    /// <summary>Table names: 3–63 letters and digits, starting with a letter, and not the reserved "tables".</summary>
    public static void ValidateTableName(string tableName, string parameterName)
    {
        ArgumentNullException.ThrowIfNull(tableName, parameterName);
        var valid = tableName.Length is >= 3 and <= 63
            && char.IsAsciiLetter(tableName[0])
            && tableName.All(char.IsAsciiLetterOrDigit)
            && !tableName.Equals("tables", StringComparison.OrdinalIgnoreCase);
        if (!valid)
        {
            throw new ArgumentException(
                $"Table name '{tableName}' is invalid: use 3 to 63 letters and digits, starting with a letter (and not 'tables').",
                parameterName);
        }
    }

    /// <summary>
    /// A PartitionKey or RowKey: at most <see cref="MaxKeyLength"/> characters, none of <c>/ \ # ?</c> and no control
    /// characters U+0000–U+001F or U+007F–U+009F. The empty string is a valid key.
    /// </summary>
    public static void ValidateKey(string? key, string keyName)
    {
        if (key is null)
        {
            throw new ArgumentException($"{keyName} is required.", keyName);
        }

        if (key.Length > MaxKeyLength)
        {
            throw new ArgumentException($"{keyName} is {key.Length} characters; at most {MaxKeyLength} (1 KiB) are allowed.", keyName);
        }

        foreach (var c in key)
        {
            if (c is '/' or '\\' or '#' or '?' or (>= '\u0000' and <= '\u001F') or (>= '\u007F' and <= '\u009F'))
            {
                throw new ArgumentException(
                    $"{keyName} contains the character U+{(int)c:X4}; '/', '\\', '#', '?' and control characters are not allowed in keys.",
                    keyName);
            }
        }
    }

    /// <summary>A property name usable in a body, <c>$select</c> or <c>$filter</c>: a C# identifier of up to 255 characters.</summary>
    public static void ValidatePropertyName(string? name, string parameterName)
    {
        var valid = name is { Length: > 0 and <= MaxPropertyNameLength }
            && (char.IsLetter(name[0]) || name[0] == '_')
            && name.All(c => char.IsLetterOrDigit(c) || c == '_');
        if (!valid)
        {
            throw new ArgumentException(
                $"Property name '{name}' is invalid: use letters, digits and '_' (starting with a letter or '_'), at most {MaxPropertyNameLength} characters.",
                parameterName);
        }
    }

    /// <summary>
    /// <c>{table}(PartitionKey='pk',RowKey='rk')</c> with single quotes doubled and each key percent-encoded
    /// (https://learn.microsoft.com/rest/api/storageservices/query-entities, "Query an entity").
    /// </summary>
    public static string Entity(string tableName, string partitionKey, string rowKey) =>
        $"{tableName}(PartitionKey='{EscapeKey(partitionKey)}',RowKey='{EscapeKey(rowKey)}')";

    private static string EscapeKey(string key) => Uri.EscapeDataString(key.Replace("'", "''", StringComparison.Ordinal));
}
