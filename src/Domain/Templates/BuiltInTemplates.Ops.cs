namespace JobForge.Domain.Templates;

public static partial class BuiltInTemplates
{
    private static IEnumerable<JobTemplate> Ops() =>
    [
        Autopilot("ops", "scan", "Infrastructure scan", "Scans a target for security, cost or performance findings.", """
            {"type":"object","additionalProperties":false,"required":["target"],"properties":{
            "target":{"type":"string","minLength":1,"maxLength":256},
            "scan_type":{"type":"string","enum":["security","cost","performance"],"default":"security"}}}
            """, FindingsOutput),
        Autopilot("ops", "diagnose", "Issue diagnosis", "Diagnoses an incident or alert and names likely causes.", """
            {"type":"object","additionalProperties":false,"properties":{
            "incident_id":{"type":"string","maxLength":128},
            "symptoms":{"type":"array","items":{"type":"string","maxLength":1000}},
            "lookback_hours":{"type":"integer","minimum":1,"maximum":168,"default":24}}}
            """, FindingsOutput),
        Autopilot("ops", "recommend", "Generate recommendations", "Turns findings into ranked recommendations.", """
            {"type":"object","additionalProperties":false,"properties":{
            "scan_run_id":{"type":"string","maxLength":128},
            "focus":{"type":"string","enum":["security","cost","performance","reliability"]},
            "max_recommendations":{"type":"integer","minimum":1,"maximum":50,"default":10}}}
            """, """
            {"type":"object","properties":{"recommendations":{"type":"array","items":{"type":"object","properties":{
            "title":{"type":"string"},"impact":{"type":"string","enum":["low","medium","high"]},"changeset":{"type":"object"}},
            "required":["title"]}}},"required":["recommendations"]}
            """, cost: "medium"),
        Autopilot("ops", "apply", "Apply changes", "Applies an approved changeset. An action job: needs ops:write and a policy token.", """
            {"type":"object","additionalProperties":false,"required":["changeset_id"],"properties":{
            "changeset_id":{"type":"string","minLength":1,"maxLength":128},
            "approval_token":{"type":"string","maxLength":4096},
            "dry_run":{"type":"boolean","default":false}}}
            """, """
            {"type":"object","properties":{"applied":{"type":"boolean"},"changes":{"type":"array","items":{"type":"string"}},
            "rollback_id":{"type":"string"}},"required":["applied"]}
            """, isAction: true, cost: "high"),
    ];
}
