namespace JobForge.Domain.Events;

/// <summary>
/// The size limits on <c>payload</c>. Depth counts containers: the payload object itself is depth 1, an object or
/// array directly inside it depth 2, and so on; scalars add no depth. String lengths are counted in UTF-16 code
/// units and apply to property names as well as string values. Numbers are kept verbatim (so <c>1e400</c> and a
/// 400-digit integer are accepted as raw JSON numbers) but their text obeys the string length limit.
/// </summary>
public static class PayloadLimits
{
    /// <summary>The deepest accepted nesting of objects and arrays, counting the payload object.</summary>
    public const int MaxDepth = 10;

    /// <summary>The longest accepted string, property name or number text.</summary>
    public const int MaxStringLength = 100_000;

    /// <summary>The most items accepted in one array.</summary>
    public const int MaxArrayItems = 10_000;

    /// <summary>The <see cref="System.Text.Json.JsonDocumentOptions.MaxDepth"/> callers should parse request bodies with.</summary>
    public const int DocumentMaxDepth = 64;
}
