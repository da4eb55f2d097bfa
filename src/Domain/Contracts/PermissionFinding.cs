namespace JobForge.Domain.Contracts;

/// <summary>One result of <see cref="PermissionAnalyzer.Analyze"/>.</summary>
/// <param name="Path">The JSON path of the step or scope concerned.</param>
/// <param name="Severity">Error or warning.</param>
/// <param name="Code">A stable code from <see cref="PermissionCodes"/>.</param>
/// <param name="Message">A human-readable explanation.</param>
public sealed record PermissionFinding(string Path, PermissionSeverity Severity, string Code, string Message);
