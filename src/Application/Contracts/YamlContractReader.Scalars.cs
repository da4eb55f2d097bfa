using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace JobForge.Application.Contracts;

public static partial class YamlContractReader
{
    private static void WriteScalar(Scalar scalar, Utf8JsonWriter writer)
    {
        var value = scalar.Value;
        if (!scalar.Tag.IsEmpty)
        {
            WriteTagged(scalar, writer);
            return;
        }

        if (scalar.Style != ScalarStyle.Plain)
        {
            writer.WriteStringValue(value);
            return;
        }

        if (!TryWritePlain(value, writer))
        {
            writer.WriteStringValue(value);
        }
    }

    private static void WriteTagged(Scalar scalar, Utf8JsonWriter writer)
    {
        var value = scalar.Value;
        if (IsTag(scalar.Tag, "!!str") || scalar.Tag.Value == "!")
        {
            writer.WriteStringValue(value);
        }
        else if ((IsTag(scalar.Tag, "!!null") && IsNull(value))
                 || (IsTag(scalar.Tag, "!!bool") && BoolValue(value) is not null)
                 || (IsTag(scalar.Tag, "!!int") && IntPattern().IsMatch(value))
                 || (IsTag(scalar.Tag, "!!float") && FloatPattern().IsMatch(value)))
        {
            TryWritePlain(value, writer);
        }
        else
        {
            throw new ContractYamlException("YAML tags are not allowed in a contract (except core tags on matching values)", scalar.Start);
        }
    }

    /// <summary>Writes a plain scalar resolved by the YAML 1.2 core schema; false when it is a string.</summary>
    private static bool TryWritePlain(string value, Utf8JsonWriter writer)
    {
        if (IsNull(value))
        {
            writer.WriteNullValue();
            return true;
        }

        if (BoolValue(value) is { } flag)
        {
            writer.WriteBooleanValue(flag);
            return true;
        }

        if (IntPattern().IsMatch(value))
        {
            var negative = value.StartsWith('-');
            var digits = value.TrimStart('-', '+');
            if (decimal.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
            {
                writer.WriteNumberValue(negative ? -number : number);
                return true;
            }

            return false; // too large for a JSON number we can carry exactly: keep the text
        }

        if (value.StartsWith("0x", StringComparison.Ordinal) && value.Length is > 2 and <= 18
            && ulong.TryParse(value.AsSpan(2), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var hex))
        {
            writer.WriteNumberValue(hex);
            return true;
        }

        if (value.StartsWith("0o", StringComparison.Ordinal) && value.Length is > 2 and <= 23 && OctalPattern().IsMatch(value))
        {
            writer.WriteNumberValue(value[2..].Aggregate(0UL, (sum, digit) => (sum * 8) + (ulong)(digit - '0')));
            return true;
        }

        if (FloatPattern().IsMatch(value)
            && double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var real) && double.IsFinite(real))
        {
            writer.WriteNumberValue(real);
            return true;
        }

        return false; // .inf, .nan and everything else stay strings (JSON has no infinities)
    }

    private static bool IsNull(string value) => value is "" or "~" or "null" or "Null" or "NULL";

    private static bool? BoolValue(string value) => value switch
    {
        "true" or "True" or "TRUE" => true,
        "false" or "False" or "FALSE" => false,
        _ => null,
    };

    private static bool IsTag(TagName tag, string shortName) =>
        tag.Value == shortName || tag.Value == "tag:yaml.org,2002:" + shortName[2..];

    [GeneratedRegex(@"^[-+]?[0-9]+$", RegexOptions.CultureInvariant)]
    private static partial Regex IntPattern();

    [GeneratedRegex(@"^0o[0-7]+$", RegexOptions.CultureInvariant)]
    private static partial Regex OctalPattern();

    [GeneratedRegex(@"^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex FloatPattern();
}
