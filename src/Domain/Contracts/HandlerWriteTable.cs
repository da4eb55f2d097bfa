namespace JobForge.Domain.Contracts;

/// <summary>
/// Which steps can change something outside the run (write). Read-only: <c>http</c> with GET, HEAD or OPTIONS (or no
/// method), <c>transform</c>, <c>delay</c> (also called <c>wait</c>), <c>approval</c>, <c>noop</c>, and <c>autopilot.module</c> operations not
/// named for a write. Write: <c>http</c> with any other method, <c>command</c>, <c>publish_event</c>,
/// <c>autopilot.module</c> operations whose name is or starts with apply, write, create, update, patch, put, set,
/// delete or remove (or that have no operation). Unknown handler kinds count as write (fail closed).
/// </summary>
public static class HandlerWriteTable
{
    /// <summary>The handler kinds this table knows.</summary>
    public static IReadOnlyList<string> KnownHandlers { get; } =
        ["http", "command", "publish_event", "autopilot.module", "transform", "delay", "wait", "approval", "noop"];

    private static readonly string[] s_readOnlyMethods = ["GET", "HEAD", "OPTIONS"];

    private static readonly string[] s_writeVerbs = ["apply", "write", "create", "update", "patch", "put", "set", "delete", "remove"];

    /// <summary>Whether <paramref name="step"/> can write.</summary>
    public static bool CanWrite(StepPermissionInput step)
    {
        ArgumentNullException.ThrowIfNull(step);
        return step.Handler switch
        {
            "http" => step.Method is { } method && !s_readOnlyMethods.Contains(method.ToUpperInvariant(), StringComparer.Ordinal),
            "transform" or "delay" or "wait" or "approval" or "noop" => false,
            "autopilot.module" => step.Operation is not { } operation || IsWriteOperation(operation),
            _ => true,
        };
    }

    /// <summary>Whether <paramref name="handler"/> is in <see cref="KnownHandlers"/>.</summary>
    public static bool IsKnown(string? handler) => handler is not null && KnownHandlers.Contains(handler, StringComparer.Ordinal);

    private static bool IsWriteOperation(string operation)
    {
        var lower = operation.ToLowerInvariant();
        return s_writeVerbs.Any(verb => lower == verb
            || (lower.StartsWith(verb, StringComparison.Ordinal) && lower[verb.Length] is '_' or '.' or '-'));
    }
}
