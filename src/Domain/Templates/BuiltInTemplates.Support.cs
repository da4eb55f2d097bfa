namespace JobForge.Domain.Templates;

public static partial class BuiltInTemplates
{
    private static IEnumerable<JobTemplate> Support() =>
    [
        Autopilot("support", "triage", "Ticket triage", "Classifies a support ticket by category and priority.", """
            {"type":"object","additionalProperties":false,"required":["ticket_id"],"properties":{
            "ticket_id":{"type":"string","minLength":1,"maxLength":128},
            "subject":{"type":"string","maxLength":500},
            "body":{"type":"string","maxLength":20000}}}
            """, """
            {"type":"object","properties":{"category":{"type":"string"},"priority":{"type":"string","enum":["low","normal","high","urgent"]},
            "tags":{"type":"array","items":{"type":"string"}}},"required":["category","priority"]}
            """),
        Autopilot("support", "draft_reply", "Draft replies", "Drafts a reply to a ticket for a human to review.", """
            {"type":"object","additionalProperties":false,"required":["ticket_id"],"properties":{
            "ticket_id":{"type":"string","minLength":1,"maxLength":128},
            "tone":{"type":"string","enum":["friendly","formal","concise"],"default":"friendly"},
            "language":{"type":"string","pattern":"^[a-z]{2}(-[A-Z]{2})?$","default":"en"}}}
            """, DraftOutput, cost: "medium"),
        Autopilot("support", "propose_kb_patch", "Propose KB updates", "Proposes a knowledge-base article change from resolved tickets.", """
            {"type":"object","additionalProperties":false,"properties":{
            "article_id":{"type":"string","maxLength":128},
            "ticket_ids":{"type":"array","items":{"type":"string","maxLength":128}},
            "max_changes":{"type":"integer","minimum":1,"maximum":20,"default":5}}}
            """, """
            {"type":"object","properties":{"article_id":{"type":"string"},"patch":{"type":"string"},"rationale":{"type":"string"}},
            "required":["patch"]}
            """, cost: "medium"),
    ];
}
