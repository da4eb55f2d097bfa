namespace JobForge.Domain.Events;

/// <summary>
/// Suggests the known field an unknown one was probably meant to be. A name that equals a known one after dropping
/// <c>_</c> and <c>-</c> and ignoring case (<c>tenantId</c>, <c>TenantID</c>, <c>tenant-id</c>) wins; otherwise the
/// known name within an edit distance of 2 (<c>tenat_id</c>), closest first. Names over 64 characters get no suggestion.
/// </summary>
internal static class FieldNameSuggester
{
    private const int MaxDistance = 2;
    private const int MaxComparedLength = 64;

    public static string? Suggest(string unknown, IReadOnlyList<string> known)
    {
        if (unknown.Length is 0 or > MaxComparedLength)
        {
            return null;
        }

        var normalized = Normalize(unknown);
        string? best = null;
        var bestDistance = MaxDistance + 1;
        foreach (var candidate in known)
        {
            var candidateNormalized = Normalize(candidate);
            if (string.Equals(normalized, candidateNormalized, StringComparison.Ordinal))
            {
                return candidate;
            }

            var distance = Distance(normalized, candidateNormalized);
            if (distance < bestDistance)
            {
                (best, bestDistance) = (candidate, distance);
            }
        }

        return best;
    }

    private static string Normalize(string name) =>
        name.Replace("_", string.Empty, StringComparison.Ordinal)
            .Replace("-", string.Empty, StringComparison.Ordinal)
            .ToLowerInvariant();

    /// <summary>Levenshtein distance with two rolling rows; inputs are at most 64 characters.</summary>
    private static int Distance(string a, string b)
    {
        Span<int> previous = stackalloc int[b.Length + 1];
        Span<int> current = stackalloc int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            current.CopyTo(previous);
        }

        return previous[b.Length];
    }
}
