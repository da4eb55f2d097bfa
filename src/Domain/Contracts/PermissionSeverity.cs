namespace JobForge.Domain.Contracts;

/// <summary>How serious a <see cref="PermissionFinding"/> is.</summary>
public enum PermissionSeverity
{
    /// <summary>The template must not be accepted.</summary>
    Error,

    /// <summary>Accepted, but the author should narrow it.</summary>
    Warning,
}
