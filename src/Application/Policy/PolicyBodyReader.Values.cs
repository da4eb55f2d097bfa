using System.Text.Json;
using JobForge.Domain.Events;
using JobForge.Domain.Policy;

namespace JobForge.Application.Policy;

/// <content>Scopes, whole numbers and the context object.</content>
internal sealed partial class PolicyBodyReader
{
    /// <summary>1 to 64 scopes of <c>A-Z a-z 0-9 . _ : - *</c>, or null when absent and optional.</summary>
    public IReadOnlyList<string>? Scopes(string name, bool required)
    {
        if (!TryGet(name, required, out var value))
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.Array || value.GetArrayLength() is > PolicyTokenLimits.MaxScopes || (required && value.GetArrayLength() == 0))
        {
            Problems.Add(new ValidationProblem(name, ValidationProblemCodes.TooManyItems,
                "'" + name + "' must be an array of " + (required ? 1 : 0) + " to " + PolicyTokenLimits.MaxScopes + " scopes."));
            return null;
        }

        var scopes = new List<string>();
        var index = 0;
        foreach (var item in value.EnumerateArray())
        {
            var scope = item.ValueKind == JsonValueKind.String ? item.GetString() : null;
            if (scope is not { Length: > 0 and <= PolicyTokenLimits.MaxClaimLength } || !scope.All(c => c == '*' || StorageSafeId.IsAllowed(c)))
            {
                Problems.Add(new ValidationProblem(name + "[" + index + "]", ValidationProblemCodes.InvalidFormat,
                    "A scope is 1 to " + PolicyTokenLimits.MaxClaimLength + " of " + StorageSafeId.AllowedCharactersDescription + " *."));
                return null;
            }

            scopes.Add(scope);
            index++;
        }

        return scopes.Distinct(StringComparer.Ordinal).ToList();
    }

    /// <summary>A whole number from <paramref name="min"/> to <paramref name="max"/>, or null when absent.</summary>
    public int? Integer(string name, int min, int max)
    {
        if (!TryGet(name, required: false, out var value))
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.Number || !value.TryGetInt32(out var number) || number < min || number > max)
        {
            Problems.Add(new ValidationProblem(name, ValidationProblemCodes.OutOfRange, "'" + name + "' must be a whole number from " + min + " to " + max + "."));
            return null;
        }

        return number;
    }

    /// <summary>A small JSON object (at most <see cref="PolicyTokenLimits.MaxContextLength"/> characters, shallow), or null.</summary>
    public JsonElement? SmallObject(string name)
    {
        if (!TryGet(name, required: false, out var value))
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.Object || value.GetRawText().Length > PolicyTokenLimits.MaxContextLength
            || Depth(value) > PolicyTokenLimits.MaxDepth - 2)
        {
            Problems.Add(new ValidationProblem(name, ValidationProblemCodes.InvalidValue,
                "'" + name + "' must be an object of at most " + PolicyTokenLimits.MaxContextLength + " characters and "
                + (PolicyTokenLimits.MaxDepth - 2) + " levels."));
            return null;
        }

        return value.Clone();
    }

    private static int Depth(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Object => 1 + value.EnumerateObject().Select(property => Depth(property.Value)).DefaultIfEmpty(0).Max(),
        JsonValueKind.Array => 1 + value.EnumerateArray().Select(Depth).DefaultIfEmpty(0).Max(),
        _ => 0,
    };
}
