namespace JobForge.Domain.Contracts;

/// <summary>The values behind <c>run.*</c> (see <see cref="RunExpressionFields"/>); a null field resolves to a missing-value error.</summary>
/// <param name="Id">The run id (<c>run.id</c>).</param>
/// <param name="TenantId">The tenant (<c>run.tenant_id</c>).</param>
/// <param name="Attempt">The attempt number, 1 for the first (<c>run.attempt</c>, a JSON number).</param>
public sealed record RunExpressionValues(string Id, string TenantId, int Attempt)
{
    /// <summary>The project (<c>run.project_id</c>), if the run has one.</summary>
    public string? ProjectId { get; init; }

    /// <summary>The template id (<c>run.template_id</c>).</summary>
    public string? TemplateId { get; init; }

    /// <summary>The template version (<c>run.template_version</c>).</summary>
    public string? TemplateVersion { get; init; }

    /// <summary>The text of a string field, or null when it is absent or not a string field.</summary>
    internal string? Text(string field) => field switch
    {
        RunExpressionFields.Id => Id,
        RunExpressionFields.TenantId => TenantId,
        RunExpressionFields.ProjectId => ProjectId,
        RunExpressionFields.TemplateId => TemplateId,
        RunExpressionFields.TemplateVersion => TemplateVersion,
        _ => null,
    };
}
