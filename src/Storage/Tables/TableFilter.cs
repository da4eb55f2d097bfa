using System.Runtime.CompilerServices;
using System.Text;
using Azure.Data.Tables;

namespace JobForge.Storage.Tables;

/// <summary>
/// Builds OData <c>$filter</c> expressions whose values cannot inject: every value becomes a typed literal through
/// Azure.Data.Tables' <see cref="TableClient.CreateQueryFilter(FormattableString)"/>, and property names must be identifiers.
/// <code>TableFilter.And(TableFilter.Equal("PartitionKey", tenant), TableFilter.GreaterThanOrEqual("Count", min))</code>.
/// </summary>
public static class TableFilter
{
    /// <summary>Formats an interpolated filter, each hole a <see cref="Literal"/>; the literal text is trusted as written.</summary>
    public static string Create(FormattableString filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var literals = filter.GetArguments().Select(Literal).ToArray<object?>();
        return string.Format(System.Globalization.CultureInfo.InvariantCulture, filter.Format, literals);
    }

    /// <summary><c>property eq value</c>.</summary>
    public static string Equal(string property, object value) => Compare(property, "eq", value);

    /// <summary><c>property ne value</c>.</summary>
    public static string NotEqual(string property, object value) => Compare(property, "ne", value);

    /// <summary><c>property gt value</c>.</summary>
    public static string GreaterThan(string property, object value) => Compare(property, "gt", value);

    /// <summary><c>property ge value</c>.</summary>
    public static string GreaterThanOrEqual(string property, object value) => Compare(property, "ge", value);

    /// <summary><c>property lt value</c>.</summary>
    public static string LessThan(string property, object value) => Compare(property, "lt", value);

    /// <summary><c>property le value</c>.</summary>
    public static string LessThanOrEqual(string property, object value) => Compare(property, "le", value);

    /// <summary>All of <paramref name="filters"/>, each parenthesised.</summary>
    public static string And(params string[] filters) => Join("and", filters);

    /// <summary>Any of <paramref name="filters"/>, each parenthesised.</summary>
    public static string Or(params string[] filters) => Join("or", filters);

    /// <summary><c>not (filter)</c>.</summary>
    public static string Not(string filter)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(filter);
        return $"not ({filter})";
    }

    /// <summary>The OData literal of <paramref name="value"/> as the SDK writes it.</summary>
    /// <exception cref="ArgumentException">The value is null.</exception>
    public static string Literal(object? value)
    {
        if (value is null)
        {
            throw new ArgumentException("A filter value cannot be null; the Table service has no null comparison.", nameof(value));
        }

        return value switch
        {
            // The SDK writes 1.0 as "1", an Int32 literal that an Edm.Double property never equals: keep the point.
            double d when !double.IsFinite(d) => throw new ArgumentException("A filter value must be a finite number.", nameof(value)),
            double d => DoubleLiteral(d),
            string or bool or int or long or DateTimeOffset or DateTime or Guid or byte[] or BinaryData =>
                TableClient.CreateQueryFilter(FormattableStringFactory.Create("{0}", value)),
            _ => throw new ArgumentException($"A filter value of type {value.GetType().Name} is not supported.", nameof(value)),
        };
    }

    private static string Compare(string property, string op, object value)
    {
        if (string.IsNullOrEmpty(property) || property.Length > 255 || !(char.IsAsciiLetter(property[0]) || property[0] == '_')
            || !property.All(c => char.IsAsciiLetterOrDigit(c) || c == '_'))
        {
            throw new ArgumentException($"'{property}' is not a property name (letters, digits and underscores, not starting with a digit).", nameof(property));
        }

        return $"{property} {op} {Literal(value)}";
    }

    private static string DoubleLiteral(double d)
    {
        var text = d.ToString("R", System.Globalization.CultureInfo.InvariantCulture);
        return text.Contains('.', StringComparison.Ordinal) || text.Contains('E', StringComparison.Ordinal) ? text : text + ".0";
    }

    private static string Join(string op, string[] filters)
    {
        ArgumentNullException.ThrowIfNull(filters);
        if (filters.Length == 0 || filters.Any(string.IsNullOrWhiteSpace))
        {
            throw new ArgumentException($"'{op}' needs at least one non-empty filter.", nameof(filters));
        }

        var builder = new StringBuilder();
        for (var i = 0; i < filters.Length; i++)
        {
            builder.Append(i == 0 ? "(" : $" {op} (").Append(filters[i]).Append(')');
        }

        return builder.ToString();
    }
}
