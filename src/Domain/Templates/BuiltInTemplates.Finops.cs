namespace JobForge.Domain.Templates;

public static partial class BuiltInTemplates
{
    private static IEnumerable<JobTemplate> Finops() =>
    [
        Autopilot("finops", "reconcile", "Cost reconciliation", "Reconciles billed costs against expected costs for a period.", """
            {"type":"object","additionalProperties":false,"required":["period"],"properties":{
            "period":{"type":"string","pattern":"^[0-9]{4}-(0[1-9]|1[0-2])$"},
            "accounts":{"type":"array","items":{"type":"string","maxLength":128}}}}
            """, """
            {"type":"object","properties":{"matched":{"type":"integer","minimum":0},"mismatches":{"type":"array","items":{"type":"object"}},
            "total_variance":{"type":"number"}},"required":["matched","mismatches"]}
            """),
        Autopilot("finops", "anomaly_scan", "Anomaly detection", "Finds cost anomalies above a threshold in a time range.", """
            {"type":"object","additionalProperties":false,"required":["time_range"],"properties":{
            "time_range":{"type":"string","pattern":"^[1-9][0-9]{0,2}[hdw]$"},
            "threshold_pct":{"type":"number","minimum":0,"maximum":1000,"default":20}}}
            """, FindingsOutput),
        Autopilot("finops", "churn_risk_report", "Churn risk reports", "Reports customers at risk of churning.", """
            {"type":"object","additionalProperties":false,"properties":{
            "segment":{"type":"string","maxLength":128},
            "min_risk_score":{"type":"number","minimum":0,"maximum":1,"default":0.7},
            "limit":{"type":"integer","minimum":1,"maximum":1000,"default":100}}}
            """, """
            {"type":"object","properties":{"customers":{"type":"array","items":{"type":"object","properties":{
            "customer_id":{"type":"string"},"risk_score":{"type":"number"},"reasons":{"type":"array","items":{"type":"string"}}},
            "required":["customer_id","risk_score"]}}},"required":["customers"]}
            """, cost: "medium"),
    ];
}
