using System.Text.Json.Nodes;

namespace JobForge.DevModules.Operations;

/// <summary>The <c>{summary, findings: [{id, severity, title, detail}]}</c> shape several operations share.</summary>
internal static class FindingsAnswer
{
    private static readonly string[] s_severities = ["info", "low", "medium", "high", "critical"];

    /// <summary>One to three findings about <paramref name="subject"/>, titled from <paramref name="titles"/>.</summary>
    public static JsonObject Build(OperationInput input, string kind, string subject, IReadOnlyList<string> titles)
    {
        var count = 1 + input.Choose(3, salt: 1);
        var findings = new JsonArray();
        for (var i = 0; i < count; i++)
        {
            var title = titles[(input.Choose(titles.Count, salt: 2) + i) % titles.Count];
            findings.Add(new JsonObject
            {
                ["id"] = $"{kind}-{input.Fingerprint}-{i + 1}",
                ["severity"] = input.Pick(s_severities, salt: 10 + i),
                ["title"] = title,
                ["detail"] = $"{title} ({subject}). Canned answer from the development module host.",
            });
        }

        return new JsonObject
        {
            ["summary"] = $"{kind} of {subject}: {count} finding(s). Development module host: canned, deterministic data.",
            ["findings"] = findings,
        };
    }
}
