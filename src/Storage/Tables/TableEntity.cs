using System.Collections;
using Azure;

namespace JobForge.Storage.Tables;

/// <summary>
/// One Table entity as a property bag: <c>PartitionKey</c>, <c>RowKey</c>, <c>Timestamp</c> and the custom properties,
/// keyed by name (case-sensitive, as the service is). Values are <see cref="string"/>, <see cref="int"/>,
/// <see cref="long"/>, <see cref="double"/>, <see cref="bool"/>, <see cref="DateTimeOffset"/> (or <see cref="DateTime"/>),
/// <see cref="Guid"/> and <see cref="byte"/> arrays (or <see cref="BinaryData"/>); a null value is not sent.
/// <see cref="ETag"/> is the entity's version, not a property.
/// </summary>
public sealed partial class TableEntity : IDictionary<string, object?>
{
    internal const string PartitionKeyName = "PartitionKey";
    internal const string RowKeyName = "RowKey";
    internal const string TimestampName = "Timestamp";

    private readonly Dictionary<string, object?> _properties = new(StringComparer.Ordinal);

    /// <summary>An empty entity; set <see cref="PartitionKey"/> and <see cref="RowKey"/> before writing it.</summary>
    public TableEntity()
    {
    }

    /// <summary>An entity with the given keys and no other properties.</summary>
    public TableEntity(string partitionKey, string rowKey)
    {
        PartitionKey = partitionKey;
        RowKey = rowKey;
    }

    /// <summary>An entity holding a copy of <paramref name="properties"/>.</summary>
    public TableEntity(IEnumerable<KeyValuePair<string, object?>> properties)
    {
        ArgumentNullException.ThrowIfNull(properties);
        foreach (var (name, value) in properties)
        {
            _properties[name] = value;
        }
    }

    /// <summary>The partition key; null when the entity was read with a <c>$select</c> that left it out.</summary>
    public string? PartitionKey
    {
        get => GetString(PartitionKeyName);
        set => _properties[PartitionKeyName] = value;
    }

    /// <summary>The row key; null when the entity was read with a <c>$select</c> that left it out.</summary>
    public string? RowKey
    {
        get => GetString(RowKeyName);
        set => _properties[RowKeyName] = value;
    }

    /// <summary>When the service last wrote the entity. Server-managed: it is never sent on writes.</summary>
    public DateTimeOffset? Timestamp
    {
        get => GetDateTimeOffset(TimestampName);
        set => _properties[TimestampName] = value;
    }

    /// <summary>The entity's version as last read or written; pass it as <c>ifMatch</c> for optimistic concurrency.</summary>
    public ETag ETag { get; set; }

    /// <inheritdoc />
    public ICollection<string> Keys => _properties.Keys;

    /// <inheritdoc />
    public ICollection<object?> Values => _properties.Values;

    /// <inheritdoc />
    public int Count => _properties.Count;

    /// <inheritdoc />
    bool ICollection<KeyValuePair<string, object?>>.IsReadOnly => false;

    /// <summary>The value of property <paramref name="key"/>; reading a missing property throws <see cref="KeyNotFoundException"/>.</summary>
    public object? this[string key]
    {
        get => _properties[key];
        set => _properties[key] = value;
    }

    /// <inheritdoc />
    public void Add(string key, object? value) => _properties.Add(key, value);

    /// <inheritdoc />
    public bool ContainsKey(string key) => _properties.ContainsKey(key);

    /// <inheritdoc />
    public bool Remove(string key) => _properties.Remove(key);

    /// <inheritdoc />
    public bool TryGetValue(string key, out object? value) => _properties.TryGetValue(key, out value);

    /// <inheritdoc />
    public void Clear() => _properties.Clear();

    /// <inheritdoc />
    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator() => _properties.GetEnumerator();

    /// <inheritdoc />
    void ICollection<KeyValuePair<string, object?>>.Add(KeyValuePair<string, object?> item) => _properties.Add(item.Key, item.Value);

    /// <inheritdoc />
    bool ICollection<KeyValuePair<string, object?>>.Contains(KeyValuePair<string, object?> item) =>
        ((ICollection<KeyValuePair<string, object?>>)_properties).Contains(item);

    /// <inheritdoc />
    void ICollection<KeyValuePair<string, object?>>.CopyTo(KeyValuePair<string, object?>[] array, int arrayIndex) =>
        ((ICollection<KeyValuePair<string, object?>>)_properties).CopyTo(array, arrayIndex);

    /// <inheritdoc />
    bool ICollection<KeyValuePair<string, object?>>.Remove(KeyValuePair<string, object?> item) =>
        ((ICollection<KeyValuePair<string, object?>>)_properties).Remove(item);

    /// <inheritdoc />
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
