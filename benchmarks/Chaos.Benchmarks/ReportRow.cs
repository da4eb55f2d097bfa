namespace JobForge.Chaos.Benchmarks;

/// <summary>One line of the reliability table: which scenario, what was checked, what was measured, and whether it held.</summary>
internal sealed record ReportRow(string Scenario, string Check, string Result, bool? Pass)
{
    public string Verdict => Pass switch { true => "pass", false => "**FAIL**", null => "measured" };
}
