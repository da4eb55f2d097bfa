namespace JobForge.Domain.Runs;

/// <summary>The shape of run ids: <c>run_</c> plus 32 lowercase hex digits.</summary>
public static class RunId
{
    /// <summary>The prefix of every run id.</summary>
    public const string Prefix = "run_";

    /// <summary>Whether <paramref name="value"/> is a well-formed run id.</summary>
    public static bool IsValid(string? value) =>
        value is { Length: 36 } && value.StartsWith(Prefix, StringComparison.Ordinal)
        && value.AsSpan(Prefix.Length).IndexOfAnyExcept("0123456789abcdef") < 0;
}
