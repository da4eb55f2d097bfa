namespace JobForge.Domain.Contracts;

/// <summary>
/// The <c>run.*</c> vocabulary. Each is a single name: <c>run.id</c> (string, the run id), <c>run.tenant_id</c>
/// (string), <c>run.project_id</c> (string, absent for tenant-wide runs), <c>run.attempt</c> (number, 1 for the first
/// attempt), <c>run.template_id</c> and <c>run.template_version</c> (strings).
/// </summary>
public static class RunExpressionFields
{
    /// <summary><c>run.id</c>.</summary>
    public const string Id = "id";

    /// <summary><c>run.tenant_id</c>.</summary>
    public const string TenantId = "tenant_id";

    /// <summary><c>run.project_id</c>.</summary>
    public const string ProjectId = "project_id";

    /// <summary><c>run.attempt</c>.</summary>
    public const string Attempt = "attempt";

    /// <summary><c>run.template_id</c>.</summary>
    public const string TemplateId = "template_id";

    /// <summary><c>run.template_version</c>.</summary>
    public const string TemplateVersion = "template_version";

    /// <summary>Every field, in documentation order.</summary>
    public static IReadOnlyList<string> All { get; } = [Id, TenantId, ProjectId, Attempt, TemplateId, TemplateVersion];
}
