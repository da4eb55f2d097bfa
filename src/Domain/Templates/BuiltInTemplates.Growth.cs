namespace JobForge.Domain.Templates;

public static partial class BuiltInTemplates
{
    private static IEnumerable<JobTemplate> Growth() =>
    [
        Autopilot("growth", "seo_scan", "SEO scanning", "Crawls a site from a URL and reports SEO issues.", """
            {"type":"object","additionalProperties":false,"required":["url"],"properties":{
            "url":{"type":"string","maxLength":2048,"pattern":"^https?://[^\\s/$.?#][^\\s]*$"},
            "depth":{"type":"integer","minimum":1,"maximum":5,"default":1}}}
            """, FindingsOutput, cost: "medium"),
        Autopilot("growth", "experiment_propose", "Propose experiments", "Proposes growth experiments for a goal metric.", """
            {"type":"object","additionalProperties":false,"required":["goal"],"properties":{
            "goal":{"type":"string","minLength":1,"maxLength":500},
            "metric":{"type":"string","maxLength":128},
            "max_experiments":{"type":"integer","minimum":1,"maximum":10,"default":3}}}
            """, """
            {"type":"object","properties":{"experiments":{"type":"array","items":{"type":"object","properties":{
            "hypothesis":{"type":"string"},"metric":{"type":"string"},"expected_lift_pct":{"type":"number"}},"required":["hypothesis"]}}},
            "required":["experiments"]}
            """),
        Autopilot("growth", "content_draft", "Draft content", "Drafts marketing content on a topic.", """
            {"type":"object","additionalProperties":false,"required":["topic"],"properties":{
            "topic":{"type":"string","minLength":1,"maxLength":500},
            "format":{"type":"string","enum":["blog_post","email","social_post","landing_page"],"default":"blog_post"},
            "word_count":{"type":"integer","minimum":50,"maximum":5000,"default":800}}}
            """, DraftOutput, cost: "medium"),
    ];
}
