namespace JobForge.Domain.Events;

/// <summary>One step of a <see cref="PayloadPath"/>, or of a concrete location inside a payload.</summary>
/// <param name="Kind">Property, index or wildcard.</param>
/// <param name="Name">The property name when <paramref name="Kind"/> is <see cref="PayloadPathSegmentKind.Property"/>; otherwise empty.</param>
/// <param name="Index">The item index when <paramref name="Kind"/> is <see cref="PayloadPathSegmentKind.Index"/>; otherwise 0.</param>
public readonly record struct PayloadPathSegment(PayloadPathSegmentKind Kind, string Name, int Index)
{
    /// <summary>A property step.</summary>
    public static PayloadPathSegment Property(string name) => new(PayloadPathSegmentKind.Property, name, 0);

    /// <summary>An item step.</summary>
    public static PayloadPathSegment Item(int index) => new(PayloadPathSegmentKind.Index, string.Empty, index);

    /// <summary>The wildcard step <c>[*]</c>.</summary>
    public static PayloadPathSegment AnyItem { get; } = new(PayloadPathSegmentKind.AnyIndex, string.Empty, 0);

    /// <summary>Whether this pattern step matches the concrete step <paramref name="actual"/>.</summary>
    public bool Matches(PayloadPathSegment actual) => Kind switch
    {
        PayloadPathSegmentKind.Property => actual.Kind == PayloadPathSegmentKind.Property && string.Equals(Name, actual.Name, StringComparison.Ordinal),
        PayloadPathSegmentKind.Index => actual.Kind == PayloadPathSegmentKind.Index && Index == actual.Index,
        _ => actual.Kind == PayloadPathSegmentKind.Index,
    };
}
