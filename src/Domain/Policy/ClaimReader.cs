using System.Text.Json;

namespace JobForge.Domain.Policy;

/// <summary>Reads typed, bounded claims from a claims object, keeping the first problem found.</summary>
internal sealed class ClaimReader(JsonElement root)
{
    public string? Problem { get; private set; }

    public void Fail(string problem) => Problem ??= problem;

    public string? String(string name, int maxLength, bool required)
    {
        if (!root.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            if (required)
            {
                Fail("The claim '" + name + "' is missing.");
            }

            return null;
        }

        if (value.ValueKind != JsonValueKind.String || value.GetString() is not { Length: > 0 } text)
        {
            Fail("The claim '" + name + "' must be a non-empty string.");
            return null;
        }

        if (text.Length > maxLength || text.AsSpan().ContainsAnyInRange('\u0000', '\u001f'))
        {
            Fail("The claim '" + name + "' is longer than " + maxLength + " characters or has control characters.");
            return null;
        }

        return text;
    }

    public string? Version()
    {
        if (root.TryGetProperty("ver", out var value) && value.ValueKind == JsonValueKind.Number
            && value.TryGetInt32(out var number) && number == 1)
        {
            return PolicyTokenLimits.Version;
        }

        var text = String("ver", 8, required: true);
        if (text is not null && text != PolicyTokenLimits.Version)
        {
            Fail("The claim 'ver' must be \"1\".");
        }

        return text;
    }

    public long Seconds(string name)
    {
        if (root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number
            && value.TryGetInt64(out var seconds) && seconds is > 0 and < 253_402_300_800)
        {
            return seconds;
        }

        Fail("The claim '" + name + "' must be whole Unix seconds.");
        return 0;
    }

    public IReadOnlyList<string>? Scopes()
    {
        if (!root.TryGetProperty("scp", out var value) || value.ValueKind != JsonValueKind.Array
            || value.GetArrayLength() is 0 or > PolicyTokenLimits.MaxScopes)
        {
            Fail("The claim 'scp' must be an array of 1 to " + PolicyTokenLimits.MaxScopes + " scopes.");
            return null;
        }

        var scopes = new List<string>();
        foreach (var item in value.EnumerateArray())
        {
            if (item.ValueKind != JsonValueKind.String || item.GetString() is not { Length: > 0 and <= PolicyTokenLimits.MaxClaimLength } scope)
            {
                Fail("Each scope in 'scp' must be a string of 1 to " + PolicyTokenLimits.MaxClaimLength + " characters.");
                return null;
            }

            scopes.Add(scope);
        }

        return scopes;
    }

    public JsonElement? Context()
    {
        if (!root.TryGetProperty("ctx", out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.Object || value.GetRawText().Length > PolicyTokenLimits.MaxContextLength)
        {
            Fail("The claim 'ctx' must be an object of at most " + PolicyTokenLimits.MaxContextLength + " characters.");
            return null;
        }

        return value.Clone();
    }
}
