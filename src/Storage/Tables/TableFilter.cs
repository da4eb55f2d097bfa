using System.Globalization;
using System.Text;

namespace JobForge.Storage.Tables;

/// <summary>
/// Builds OData <c>$filter</c> expressions whose values cannot inject: every value becomes a typed literal
/// (strings single-quoted with quotes doubled), and property names must be identifiers.
/// <code>TableFilter.Create($"PartitionKey eq {tenant} and Count ge {min}")</code> or
/// <code>TableFilter.And(TableFilter.Equal("PartitionKey", tenant), TableFilter.GreaterThanOrEqual("Count", min))</code>.
/// See https://learn.microsoft.com/rest/api/storageservices/querying-tables-and-entities.
/// </summary>
public static class TableFilter
{
    /// <summary>
    /// Formats an interpolated filter, turning each hole into a literal (like Azure.Data.Tables' <c>CreateQueryFilter</c>).
    /// Only the holes are escaped: the literal text is trusted as written.
    /// </summary>
    /// <exception cref="ArgumentException">A hole holds null or an unsupported type.</exception>
    public static string Create(FormattableString filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var arguments = filter.GetArguments();
        var literals = new object[arguments.Length];
        for (var i = 0; i < arguments.Length; i++)
        {
            literals[i] = Literal(arguments[i]);
        }

        return string.Format(CultureInfo.InvariantCulture, filter.Format, literals);
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

    /// <summary>Each filter parenthesised and joined with <c>and</c>.</summary>
    public static string And(params string[] filters) => Join("and", filters);

    /// <summary>Each filter parenthesised and joined with <c>or</c>.</summary>
    public static string Or(params string[] filters) => Join("or", filters);

    /// <summary><c>not (filter)</c>.</summary>
    public static string Not(string filter)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(filter);
        return $"not ({filter})";
    }

    /// <summary>
    /// The OData literal of <paramref name="value"/>: <c>'o''brien'</c>, <c>42</c>, <c>42L</c>, <c>1.0</c>,
    /// <c>true</c>, <c>datetime'2024-01-02T03:04:05.0000000Z'</c>, <c>guid'…'</c>, <c>X'0a0b'</c>.
    /// </summary>
    /// <exception cref="ArgumentException">The value is null, not finite, or of an unsupported type.</exception>
    public static string Literal(object? value) => value switch
    {
        null => throw new ArgumentException("A filter value cannot be null; the Table service has no null comparison.", nameof(value)),
        string s => "'" + s.Replace("'", "''", StringComparison.Ordinal) + "'",
        bool b => b ? "true" : "false",
        int i => i.ToString(CultureInfo.InvariantCulture),
        long l => l.ToString(CultureInfo.InvariantCulture) + "L",
        double d => DoubleLiteral(d),
        DateTimeOffset o => "datetime'" + TableEntityJson.FormatDateTime(o) + "'",
        DateTime t => "datetime'" + TableEntityJson.FormatDateTime(TableEntityJson.ToUtc(t)) + "'",
        Guid g => "guid'" + g.ToString("D") + "'",
        byte[] bytes => "X'" + Convert.ToHexStringLower(bytes) + "'",
        BinaryData data => "X'" + Convert.ToHexStringLower(data.ToMemory().Span) + "'",
        _ => throw new ArgumentException($"A filter value of type {value.GetType().Name} is not supported.", nameof(value)),
    };

    private static string Compare(string property, string op, object value)
    {
        TableResourcePath.ValidatePropertyName(property, nameof(property));
        return $"{property} {op} {Literal(value)}";
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

    private static string DoubleLiteral(double d)
    {
        if (!double.IsFinite(d))
        {
            throw new ArgumentException("A filter value must be a finite number.", nameof(d));
        }

        var text = d.ToString("R", CultureInfo.InvariantCulture);
        return text.Contains('.', StringComparison.Ordinal) || text.Contains('E', StringComparison.Ordinal) ? text : text + ".0";
    }
}
