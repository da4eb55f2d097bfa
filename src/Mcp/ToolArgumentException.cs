namespace JobForge.Mcp;

/// <summary>A tool argument is missing or has the wrong shape; reported as a <c>validation_failed</c> tool error.</summary>
internal sealed class ToolArgumentException(string path, string code, string message) : Exception(message)
{
    /// <summary>The argument's name.</summary>
    public string Path { get; } = path;

    /// <summary>The problem code (<c>required</c>, <c>wrong_type</c>, <c>out_of_range</c>, <c>unknown_field</c>).</summary>
    public string Code { get; } = code;
}
