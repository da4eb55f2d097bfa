namespace JobForge.Storage.Pipeline;

/// <summary>
/// Client-side checks of container and queue names, so a bad name fails with an <see cref="ArgumentException"/> that
/// says what is wrong instead of a 400 from the service. Both follow the same rule: 3–63 lowercase letters, digits and
/// single hyphens, starting and ending with a letter or digit
/// (https://learn.microsoft.com/rest/api/storageservices/naming-and-referencing-containers--blobs--and-metadata,
/// https://learn.microsoft.com/rest/api/storageservices/naming-queues-and-metadata).
/// </summary>
internal static class StorageResourceNames
{
    /// <summary>Whether <paramref name="name"/> is a valid container or queue name.</summary>
    public static bool IsValidContainerOrQueueName(string? name)
    {
        if (name is not { Length: >= 3 and <= 63 } || name[0] == '-' || name[^1] == '-')
        {
            return false;
        }

        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            var ok = c is (>= 'a' and <= 'z') or (>= '0' and <= '9') || (c == '-' && name[i - 1] != '-');
            if (!ok)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Throws unless <paramref name="name"/> is a valid container or queue name.</summary>
    /// <exception cref="ArgumentException">The name breaks the rule; the message states it.</exception>
    public static void ThrowIfInvalidContainerOrQueueName(string? name, string kind, string parameterName)
    {
        ArgumentNullException.ThrowIfNull(name, parameterName);
        if (!IsValidContainerOrQueueName(name))
        {
            throw new ArgumentException(
                $"A {kind} name is 3 to 63 lowercase letters, digits and single hyphens, starting and ending with a letter or digit; got '{name}'.",
                parameterName);
        }
    }

    /// <summary><paramref name="endpoint"/> plus "/" and the already-encoded <paramref name="encodedPath"/>, without a double slash.</summary>
    public static Uri Append(Uri endpoint, string encodedPath)
    {
        var root = endpoint.AbsoluteUri.TrimEnd('/');
        return new Uri(root + "/" + encodedPath.TrimStart('/'));
    }
}
