using System.Text.RegularExpressions;

namespace JobForge.Application.Contracts;

/// <summary>
/// Rewrites JobForge <c>${{ … }}</c> expressions into GitHub Actions ones: <c>inputs.x</c> and <c>secrets.NAME</c> are
/// the same; <c>steps.id.outputs.a.b</c> becomes <c>steps.id.outputs.a_b</c>; a whole object (<c>inputs</c>,
/// <c>steps.id.outputs</c>) becomes <c>toJSON(…)</c>; <c>run.id</c>/<c>run.attempt</c> become <c>github.run_id</c>/<c>github.run_attempt</c>,
/// other <c>run.*</c> fields <c>vars.JOBFORGE_RUN_*</c>.
/// </summary>
public static partial class GitHubExpression
{
    /// <summary>Whether <paramref name="text"/> holds an expression.</summary>
    public static bool Contains(string text) => text.Contains("${{", StringComparison.Ordinal);

    /// <summary><paramref name="text"/> with every expression rewritten.</summary>
    public static string Translate(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Expression().Replace(text, match => "${{ " + Body(match.Groups[1].Value) + " }}");
    }

    private static string Body(string body)
    {
        var parts = body.Split('.');
        return parts switch
        {
            ["inputs"] => "toJSON(inputs)",
            ["steps", var id, "outputs"] => $"toJSON(steps.{id}.outputs)",
            ["steps", var id, "outputs", .. var path] => $"steps.{id}.outputs.{string.Join('_', path)}",
            ["run", "id"] => "github.run_id",
            ["run", "attempt"] => "github.run_attempt",
            ["run", var field] => "vars.JOBFORGE_RUN_" + field.ToUpperInvariant(),
            _ => body,
        };
    }

    [GeneratedRegex(@"\$\{\{\s*(.*?)\s*\}\}", RegexOptions.CultureInvariant | RegexOptions.Singleline, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Expression();
}
