using System.Text.Json.Nodes;

namespace JobForge.DevModules.Operations;

/// <summary>The <c>growth</c> module: seo_scan, experiment_propose, content_draft.</summary>
internal static class GrowthOperations
{
    private static readonly string[] s_seoTitles = ["Missing meta description", "Duplicate title tags", "Images without alt text", "Slow largest contentful paint", "Broken internal link"];

    public static IEnumerable<KeyValuePair<OperationKey, Func<OperationInput, JsonObject>>> All =>
    [
        new(new OperationKey("growth", "seo_scan"), SeoScan),
        new(new OperationKey("growth", "experiment_propose"), ExperimentPropose),
        new(new OperationKey("growth", "content_draft"), ContentDraft),
    ];

    private static JsonObject SeoScan(OperationInput input) =>
        FindingsAnswer.Build(input, "SEO scan", $"{input.String("url", "the site")} at depth {input.Int("depth", 1)}", s_seoTitles);

    private static JsonObject ExperimentPropose(OperationInput input)
    {
        var goal = input.String("goal", "the goal");
        var metric = input.String("metric", "conversion_rate");
        var count = Math.Min(input.Int("max_experiments", 3), 1 + input.Choose(3, salt: 1));
        var experiments = new JsonArray();
        for (var i = 0; i < count; i++)
        {
            experiments.Add(new JsonObject
            {
                ["hypothesis"] = $"Variant {i + 1} moves {metric} toward '{goal}'.",
                ["metric"] = metric,
                ["expected_lift_pct"] = 1 + input.Choose(15, salt: 10 + i),
            });
        }

        return new JsonObject { ["experiments"] = experiments };
    }

    private static JsonObject ContentDraft(OperationInput input)
    {
        var topic = input.String("topic", "the topic");
        var format = input.String("format", "blog_post");
        return new JsonObject
        {
            ["title"] = $"{topic}: a {format.Replace('_', ' ')}",
            ["body"] = $"A draft {format.Replace('_', ' ')} of about {input.Int("word_count", 800)} words on {topic}. (Canned text from the development module host.)",
            ["confidence"] = 0.5 + (input.Fraction(salt: 2) / 2),
        };
    }
}
