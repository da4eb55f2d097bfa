using System.Globalization;
using System.Text.Json;

namespace JobForge.Storage.ServiceBus;

/// <summary>
/// An application property value: a string, a 64-bit integer, a boolean or a finite double — the simple types that
/// subscription filters compare. Converts implicitly from those types.
/// </summary>
public readonly struct ServiceBusPropertyValue
{
    private readonly object? _value;

    private ServiceBusPropertyValue(object value) => _value = value;

    /// <summary>The value: a <see cref="string"/>, <see cref="long"/>, <see cref="bool"/> or <see cref="double"/>.</summary>
    /// <exception cref="InvalidOperationException">This is the default instance, which holds nothing.</exception>
    public object Value => _value ?? throw new InvalidOperationException("A default ServiceBusPropertyValue holds no value.");

    /// <summary>A string value.</summary>
    public static implicit operator ServiceBusPropertyValue(string value) => FromString(value);

    /// <summary>An integer value.</summary>
    public static implicit operator ServiceBusPropertyValue(long value) => FromInt64(value);

    /// <summary>A boolean value.</summary>
    public static implicit operator ServiceBusPropertyValue(bool value) => FromBoolean(value);

    /// <summary>A finite floating-point value.</summary>
    public static implicit operator ServiceBusPropertyValue(double value) => FromDouble(value);

    /// <summary>A string value.</summary>
    public static ServiceBusPropertyValue FromString(string value) => new(value ?? throw new ArgumentNullException(nameof(value)));

    /// <summary>An integer value.</summary>
    public static ServiceBusPropertyValue FromInt64(long value) => new(value);

    /// <summary>A boolean value.</summary>
    public static ServiceBusPropertyValue FromBoolean(bool value) => new(value);

    /// <summary>A finite floating-point value.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is NaN or infinite.</exception>
    public static ServiceBusPropertyValue FromDouble(double value) => double.IsFinite(value)
        ? new(value)
        : throw new ArgumentOutOfRangeException(nameof(value), "Application property values must be finite numbers.");

    /// <inheritdoc />
    public override string ToString() => _value switch
    {
        null => string.Empty,
        bool b => b ? "true" : "false",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        var other => other.ToString() ?? string.Empty,
    };

    /// <summary>Writes the value as a JSON value (batch <c>UserProperties</c>).</summary>
    internal void WriteTo(Utf8JsonWriter writer)
    {
        switch (Value)
        {
            case string s: writer.WriteStringValue(s); break;
            case long l: writer.WriteNumberValue(l); break;
            case bool b: writer.WriteBooleanValue(b); break;
            case double d: writer.WriteNumberValue(d); break;
        }
    }
}
