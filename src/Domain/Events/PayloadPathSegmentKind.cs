namespace JobForge.Domain.Events;

/// <summary>The kind of one step of a <see cref="PayloadPath"/>.</summary>
public enum PayloadPathSegmentKind
{
    /// <summary>A property of an object, e.g. <c>email</c> in <c>customer.email</c>.</summary>
    Property,

    /// <summary>One array item, e.g. <c>[0]</c>.</summary>
    Index,

    /// <summary>Every item of an array: <c>[*]</c>.</summary>
    AnyIndex,
}
