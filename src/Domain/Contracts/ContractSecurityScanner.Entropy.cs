namespace JobForge.Domain.Contracts;

/// <content>The high-entropy rule.</content>
public static partial class ContractSecurityScanner
{
    /// <summary>A token's entropy must reach this share of the most its length allows (log2 of its length)…</summary>
    private const double EntropyShare = 0.85;

    /// <summary>…or this many bits per character, whichever is lower (long tokens cannot reach the share of log2 64).</summary>
    private const double EntropyCap = 4.5;

    /// <summary>Identifier-like words have long runs of one character class; random tokens switch class every ~1.7 characters.</summary>
    private const double MaxAverageRun = 2.2;

    private static void ScanEntropy(string literal, string path, int minLength, List<SecurityFinding> findings)
    {
        var isUrl = literal.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || literal.StartsWith("https://", StringComparison.OrdinalIgnoreCase);
        var start = -1;
        for (var i = 0; i <= literal.Length; i++)
        {
            var inToken = i < literal.Length && IsTokenChar(literal[i], isUrl);
            if (inToken && start < 0)
            {
                start = i;
            }
            else if (!inToken && start >= 0)
            {
                var token = literal[start..i];
                start = -1;
                if (token.Length >= minLength && LooksRandom(token))
                {
                    Add(findings, path, SecurityRules.HighEntropyString,
                        $"a random-looking value {SecretMask.Preview(token)} in a step input; if it is a credential, reference a secret instead");
                    return;
                }
            }
        }
    }

    private static bool IsTokenChar(char c, bool isUrl) =>
        char.IsAsciiLetterOrDigit(c) || c is '_' or '-' || (!isUrl && c is '+' or '/');

    private static bool LooksRandom(string token)
    {
        if (token.All(c => char.IsAsciiHexDigit(c) || c == '-'))
        {
            return false;
        }

        if (!token.Any(char.IsAsciiLetterUpper) || !token.Any(char.IsAsciiLetterLower) || !token.Any(char.IsAsciiDigit))
        {
            return false;
        }

        var threshold = Math.Min(EntropyShare * Math.Log2(token.Length), EntropyCap);
        return Entropy(token) >= threshold && AverageRun(token) <= MaxAverageRun;
    }

    /// <summary>Shannon entropy in bits per character.</summary>
    internal static double Entropy(string text)
    {
        var counts = new Dictionary<char, int>();
        foreach (var c in text)
        {
            counts[c] = counts.GetValueOrDefault(c) + 1;
        }

        var entropy = 0.0;
        foreach (var count in counts.Values)
        {
            var p = (double)count / text.Length;
            entropy -= p * Math.Log2(p);
        }

        return entropy;
    }

    private static double AverageRun(string token)
    {
        var runs = 1;
        for (var i = 1; i < token.Length; i++)
        {
            if (Class(token[i]) != Class(token[i - 1]))
            {
                runs++;
            }
        }

        return (double)token.Length / runs;
    }

    private static int Class(char c) => char.IsAsciiLetterUpper(c) ? 0 : char.IsAsciiLetterLower(c) ? 1 : char.IsAsciiDigit(c) ? 2 : 3;
}
