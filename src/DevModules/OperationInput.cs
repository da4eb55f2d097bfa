using System.Security.Cryptography;
using System.Text.Json;

namespace JobForge.DevModules;

/// <summary>
/// An operation's input with typed reads that fall back to the input schema's defaults, and choices drawn from a
/// digest of the input (its JSON with sorted keys), so the same input always gets the same answer.
/// </summary>
public sealed class OperationInput
{
    private readonly JsonElement _input;
    private readonly byte[] _digest;

    /// <summary>Wraps <paramref name="input"/> (a JSON object).</summary>
    public OperationInput(JsonElement input)
    {
        _input = input;
        _digest = SHA256.HashData(CanonicalJson.Bytes(input));
    }

    /// <summary>The first hex digits of the digest: a stable id fragment for this input.</summary>
    public string Fingerprint => Convert.ToHexStringLower(_digest, 0, 4);

    /// <summary>The string at <paramref name="name"/>, or <paramref name="fallback"/>.</summary>
    public string String(string name, string fallback) =>
        _input.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString()! : fallback;

    /// <summary>The integer at <paramref name="name"/>, or <paramref name="fallback"/>.</summary>
    public int Int(string name, int fallback) =>
        _input.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var number) ? number : fallback;

    /// <summary>The number at <paramref name="name"/>, or <paramref name="fallback"/>.</summary>
    public double Number(string name, double fallback) =>
        _input.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number ? value.GetDouble() : fallback;

    /// <summary>The boolean at <paramref name="name"/>, or <paramref name="fallback"/>.</summary>
    public bool Bool(string name, bool fallback) =>
        _input.TryGetProperty(name, out var value) && value.ValueKind is JsonValueKind.True or JsonValueKind.False ? value.GetBoolean() : fallback;

    /// <summary>The strings of the array at <paramref name="name"/> (empty when absent).</summary>
    public IReadOnlyList<string> Strings(string name) =>
        _input.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Array
            ? [.. value.EnumerateArray().Where(item => item.ValueKind == JsonValueKind.String).Select(item => item.GetString()!)]
            : [];

    /// <summary>A whole number in [0, <paramref name="exclusiveMax"/>), fixed by the input and <paramref name="salt"/>.</summary>
    public int Choose(int exclusiveMax, int salt)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(exclusiveMax);
        var value = BitConverter.ToUInt32(_digest, (salt & 7) * 4) ^ (uint)(salt * 2654435761u);
        return (int)(value % (uint)exclusiveMax);
    }

    /// <summary>One of <paramref name="items"/>, fixed by the input and <paramref name="salt"/>.</summary>
    public T Pick<T>(IReadOnlyList<T> items, int salt) => items[Choose(items.Count, salt)];

    /// <summary>A fraction in [0, 1] with two decimals, fixed by the input and <paramref name="salt"/>.</summary>
    public double Fraction(int salt) => Choose(101, salt) / 100.0;
}
