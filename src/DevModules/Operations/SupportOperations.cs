using System.Text.Json.Nodes;

namespace JobForge.DevModules.Operations;

/// <summary>The <c>support</c> module: triage, draft_reply, propose_kb_patch.</summary>
internal static class SupportOperations
{
    private static readonly string[] s_priorities = ["low", "normal", "high", "urgent"];

    public static IEnumerable<KeyValuePair<OperationKey, Func<OperationInput, JsonObject>>> All =>
    [
        new(new OperationKey("support", "triage"), Triage),
        new(new OperationKey("support", "draft_reply"), DraftReply),
        new(new OperationKey("support", "propose_kb_patch"), ProposeKbPatch),
    ];

    private static JsonObject Triage(OperationInput input)
    {
        var text = (input.String("subject", "") + " " + input.String("body", "")).ToLowerInvariant();
        var category = text.Contains("refund", StringComparison.Ordinal) || text.Contains("invoice", StringComparison.Ordinal) || text.Contains("bill", StringComparison.Ordinal) ? "billing"
            : text.Contains("error", StringComparison.Ordinal) || text.Contains("crash", StringComparison.Ordinal) || text.Contains("down", StringComparison.Ordinal) ? "technical"
            : "general";
        return new JsonObject
        {
            ["category"] = category,
            ["priority"] = input.Pick(s_priorities, salt: 1),
            ["tags"] = new JsonArray(category, "dev-module"),
        };
    }

    private static JsonObject DraftReply(OperationInput input)
    {
        var ticket = input.String("ticket_id", "the ticket");
        var tone = input.String("tone", "friendly");
        var greeting = tone switch { "formal" => "Dear customer,", "concise" => "Hi,", _ => "Hi there!" };
        return new JsonObject
        {
            ["title"] = $"Re: {ticket}",
            ["body"] = $"{greeting}\n\nThanks for reaching out about {ticket}. We are looking into it and will update you shortly.\n\n(Draft from the development module host, language {input.String("language", "en")}.)",
            ["confidence"] = 0.5 + (input.Fraction(salt: 2) / 2),
        };
    }

    private static JsonObject ProposeKbPatch(OperationInput input)
    {
        var article = input.String("article_id", $"kb-{input.Fingerprint}");
        var tickets = input.Strings("ticket_ids");
        return new JsonObject
        {
            ["article_id"] = article,
            ["patch"] = $"--- a/{article}.md\n+++ b/{article}.md\n@@\n+## Known issue\n+Resolved in {tickets.Count} ticket(s); see the steps below.\n",
            ["rationale"] = $"{tickets.Count} resolved ticket(s) describe a fix the article lacks (development module host: canned text).",
        };
    }
}
