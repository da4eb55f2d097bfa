namespace JobForge.Domain.Events;

/// <summary>The entity an event is about (wire object <c>subject {type, id}</c>).</summary>
/// <param name="Type">The entity type, e.g. <c>invoice</c>: a <see cref="StorageSafeId"/> of at most <see cref="MaxTypeLength"/> characters.</param>
/// <param name="Id">The entity id: a <see cref="StorageSafeId"/> of at most <see cref="MaxIdLength"/> characters.</param>
public sealed record EventSubject(string Type, string Id)
{
    /// <summary>The longest accepted <c>subject.type</c>.</summary>
    public const int MaxTypeLength = 64;

    /// <summary>The longest accepted <c>subject.id</c>.</summary>
    public const int MaxIdLength = 255;
}
