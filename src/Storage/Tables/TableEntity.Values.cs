namespace JobForge.Storage.Tables;

/// <summary>Typed reads of <see cref="TableEntity"/> properties.</summary>
public sealed partial class TableEntity
{
    /// <summary>The string property <paramref name="key"/>, or null when it is missing.</summary>
    /// <exception cref="InvalidOperationException">The property holds another type.</exception>
    public string? GetString(string key) => Get<string>(key, static v => v as string);

    /// <summary>The Edm.Int32 property <paramref name="key"/>, or null when it is missing.</summary>
    /// <exception cref="InvalidOperationException">The property holds another type.</exception>
    public int? GetInt32(string key) => GetStruct<int>(key, static v => v is int i ? i : null);

    /// <summary>The Edm.Int64 property <paramref name="key"/> (an Edm.Int32 widens), or null when it is missing.</summary>
    /// <exception cref="InvalidOperationException">The property holds another type.</exception>
    public long? GetInt64(string key) => GetStruct(key, static v => v switch
    {
        long l => l,
        int i => i,
        _ => (long?)null,
    });

    /// <summary>The Edm.Double property <paramref name="key"/> (an Edm.Int32 widens), or null when it is missing.</summary>
    /// <exception cref="InvalidOperationException">The property holds another type.</exception>
    public double? GetDouble(string key) => GetStruct(key, static v => v switch
    {
        double d => d,
        int i => i,
        _ => (double?)null,
    });

    /// <summary>The Edm.Boolean property <paramref name="key"/>, or null when it is missing.</summary>
    /// <exception cref="InvalidOperationException">The property holds another type.</exception>
    public bool? GetBoolean(string key) => GetStruct<bool>(key, static v => v is bool b ? b : null);

    /// <summary>The Edm.DateTime property <paramref name="key"/> (UTC), or null when it is missing.</summary>
    /// <exception cref="InvalidOperationException">The property holds another type.</exception>
    public DateTimeOffset? GetDateTimeOffset(string key) => GetStruct(key, static v => v switch
    {
        DateTimeOffset o => o,
        DateTime d => new DateTimeOffset(d.Kind == DateTimeKind.Unspecified ? DateTime.SpecifyKind(d, DateTimeKind.Utc) : d.ToUniversalTime()),
        _ => (DateTimeOffset?)null,
    });

    /// <summary>The Edm.Guid property <paramref name="key"/>, or null when it is missing.</summary>
    /// <exception cref="InvalidOperationException">The property holds another type.</exception>
    public Guid? GetGuid(string key) => GetStruct<Guid>(key, static v => v is Guid g ? g : null);

    /// <summary>The Edm.Binary property <paramref name="key"/>, or null when it is missing.</summary>
    /// <exception cref="InvalidOperationException">The property holds another type.</exception>
    public byte[]? GetBinary(string key) => Get(key, static v => v switch
    {
        byte[] bytes => bytes,
        BinaryData data => data.ToArray(),
        _ => null,
    });

    private T? Get<T>(string key, Func<object, T?> convert)
        where T : class
    {
        if (!_properties.TryGetValue(key, out var value) || value is null)
        {
            return null;
        }

        return convert(value) ?? throw WrongType(key, value, typeof(T));
    }

    private T? GetStruct<T>(string key, Func<object, T?> convert)
        where T : struct
    {
        if (!_properties.TryGetValue(key, out var value) || value is null)
        {
            return null;
        }

        return convert(value) ?? throw WrongType(key, value, typeof(T));
    }

    private static InvalidOperationException WrongType(string key, object value, Type wanted) =>
        new($"Property '{key}' holds a {value.GetType().Name}, not a {wanted.Name}.");
}
