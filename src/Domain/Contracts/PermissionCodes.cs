namespace JobForge.Domain.Contracts;

/// <summary>The stable codes of <see cref="PermissionFinding.Code"/>.</summary>
public static class PermissionCodes
{
    /// <summary>Error: a step can write but the template is not an action job.</summary>
    public const string WriteStepInNonActionJob = "write_step_in_non_action_job";

    /// <summary>Error: an action job declares no scope covering <c>&lt;category&gt;:write</c>.</summary>
    public const string MissingWriteScope = "missing_write_scope";

    /// <summary>Warning: a scope (<c>*</c>, <c>admin</c>, <c>&lt;category&gt;:*</c>) is broader than <c>&lt;category&gt;:write</c>.</summary>
    public const string BroadScope = "broad_scope";

    /// <summary>Warning: a write scope on a template whose steps never write (or that is not an action job).</summary>
    public const string UnneededWriteScope = "unneeded_write_scope";

    /// <summary>Warning: a handler kind the write table does not know; it is treated as write-capable.</summary>
    public const string UnknownHandler = "unknown_handler";
}
