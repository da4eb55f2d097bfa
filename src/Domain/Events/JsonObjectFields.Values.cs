using System.Globalization;
using System.Text.Json;

namespace JobForge.Domain.Events;

/// <content>Typed getters: strings, identifiers, enums and booleans, each reporting its own problems.</content>
internal sealed partial class JsonObjectFields
{
    /// <summary>A string field; <see langword="null"/> when absent, missing (reported if required) or not a string (reported).</summary>
    public string? String(string name, bool required)
    {
        var present = required ? Require(name, out var value) : TryGet(name, out value);
        if (!present || !ExpectKind(name, value, JsonValueKind.String, "a string"))
        {
            return null;
        }

        var text = JsonRawText.String(value, out var wellFormed);
        if (wellFormed)
        {
            return text;
        }

        Problems.Add(PathOf(name), ValidationProblemCodes.InvalidFormat, UnpairedSurrogateMessage);
        return null;
    }

    /// <summary>A <see cref="StorageSafeId"/> field of at most <paramref name="maxLength"/> characters.</summary>
    public string? Identifier(string name, int maxLength, bool required)
    {
        var value = String(name, required);
        return value is not null && CheckIdentifier(Problems, PathOf(name), name, value, maxLength) ? value : null;
    }

    /// <summary>An optional boolean field; <see langword="null"/> when absent or not a boolean (reported).</summary>
    public bool? Boolean(string name) =>
        TryGet(name, out var value) && ExpectKind(name, value, JsonValueKind.True, "true or false")
            ? value.ValueKind == JsonValueKind.True
            : null;

    /// <summary>Reports the first way <paramref name="value"/> breaks the <see cref="StorageSafeId"/> rule.</summary>
    public static bool CheckIdentifier(ProblemCollector problems, string path, string name, string value, int maxLength)
    {
        if (value.Length == 0)
        {
            problems.Add(path, ValidationProblemCodes.InvalidFormat, $"'{name}' must not be empty");
            return false;
        }

        if (value.Length > maxLength)
        {
            problems.Add(path, ValidationProblemCodes.TooLong, string.Create(CultureInfo.InvariantCulture,
                $"'{name}' must be at most {maxLength} characters, not {value.Length}"));
            return false;
        }

        var bad = StorageSafeId.IndexOfDisallowedCharacter(value);
        if (bad >= 0)
        {
            problems.Add(path, ValidationProblemCodes.InvalidFormat, string.Create(CultureInfo.InvariantCulture,
                $"'{name}' contains {JsonPathText.Quote(value[bad].ToString())} at index {bad}; only {StorageSafeId.AllowedCharactersDescription} are allowed"));
            return false;
        }

        return true;
    }

    /// <summary>An enum field given by its wire names; reports the allowed values when it is not one of them.</summary>
    public int? WireEnum(string name, IReadOnlyList<string> allowed, bool required)
    {
        var value = String(name, required);
        if (value is null)
        {
            return null;
        }

        for (var i = 0; i < allowed.Count; i++)
        {
            if (string.Equals(allowed[i], value, StringComparison.Ordinal))
            {
                return i;
            }
        }

        Problems.Add(PathOf(name), ValidationProblemCodes.InvalidValue,
            $"{JsonPathText.Quote(value)} is not a valid {name}; allowed values: {string.Join(", ", allowed)}");
        return null;
    }
}
