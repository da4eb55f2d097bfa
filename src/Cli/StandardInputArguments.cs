namespace JobForge.Cli;

/// <summary>
/// Lets <c>--file -</c> mean standard input, as in most tools: the parser reads a lone <c>-</c> as an option without a
/// name, so an option followed by <c>-</c> is joined into <c>--file=-</c> before parsing.
/// </summary>
internal static class StandardInputArguments
{
    public static string[] Join(IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var joined = new List<string>(args.Count);
        foreach (var arg in args)
        {
            if (arg == "-" && joined.Count > 0 && joined[^1].StartsWith('-') && joined[^1].Length > 1 && !joined[^1].Contains('=', StringComparison.Ordinal))
            {
                joined[^1] += "=-";
                continue;
            }

            joined.Add(arg);
        }

        return [.. joined];
    }
}
