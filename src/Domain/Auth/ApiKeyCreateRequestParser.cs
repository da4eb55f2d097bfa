using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;
using JobForge.Domain.Events;

namespace JobForge.Domain.Auth;

/// <summary>
/// Validates the body of <c>POST /api/v1/api-keys</c>: <c>{"name", "tenant_id", "scopes"}</c>, all required, unknown
/// and duplicate fields rejected. Total: returns every problem (with its path) and never throws on any input.
/// </summary>
public static class ApiKeyCreateRequestParser
{
    /// <summary>The longest name.</summary>
    public const int MaxNameLength = 100;

    /// <summary>The most scopes one key may carry.</summary>
    public const int MaxScopes = 32;

    private static readonly string[] Known = ["name", "tenant_id", "scopes"];

    /// <summary>Validates <paramref name="body"/>.</summary>
    public static ApiKeyCreateParseResult Parse(JsonElement body)
    {
        var problems = new ProblemCollector();
        if (body.ValueKind != JsonValueKind.Object)
        {
            problems.Add("$", ValidationProblemCodes.WrongType, $"the body must be a JSON object, not {JsonPathText.Describe(body.ValueKind)}");
            return new ApiKeyCreateParseResult(null, problems.ToList());
        }

        var fields = JsonObjectFields.Read(body, "$", Known, problems);
        var name = ReadName(fields);
        var tenant = fields.String("tenant_id", required: true);
        if (tenant is not null && tenant != ApiKeyRecord.AllTenants)
        {
            _ = JsonObjectFields.CheckIdentifier(problems, fields.PathOf("tenant_id"), "tenant_id", tenant, StorageSafeId.MaxScopeIdLength);
        }

        var scopes = ReadScopes(fields);
        if (problems.HasProblems || name is null || tenant is null || scopes is null)
        {
            return new ApiKeyCreateParseResult(null, problems.ToList());
        }

        return new ApiKeyCreateParseResult(
            new ApiKeyCreateRequest(name, tenant == ApiKeyRecord.AllTenants ? null : tenant, scopes), []);
    }

    private static string? ReadName(JsonObjectFields fields)
    {
        var name = fields.String("name", required: true);
        if (name is null)
        {
            return null;
        }

        var path = fields.PathOf("name");
        if (string.IsNullOrWhiteSpace(name))
        {
            fields.Problems.Add(path, ValidationProblemCodes.InvalidFormat, "'name' must not be empty or blank");
            return null;
        }

        if (name.Length > MaxNameLength)
        {
            fields.Problems.Add(path, ValidationProblemCodes.TooLong, string.Create(CultureInfo.InvariantCulture,
                $"'name' must be at most {MaxNameLength} characters, not {name.Length}"));
            return null;
        }

        var bad = IndexOfNonPrintable(name);
        if (bad >= 0)
        {
            fields.Problems.Add(path, ValidationProblemCodes.InvalidFormat, string.Create(CultureInfo.InvariantCulture,
                $"'name' contains the non-printable character U+{(int)name[bad]:X4} at index {bad}"));
            return null;
        }

        return name;
    }

    private static List<string>? ReadScopes(JsonObjectFields fields)
    {
        if (!fields.Require("scopes", out var value) || !fields.ExpectKind("scopes", value, JsonValueKind.Array, "an array of strings"))
        {
            return null;
        }

        var path = fields.PathOf("scopes");
        var count = value.GetArrayLength();
        if (count is 0 or > MaxScopes)
        {
            fields.Problems.Add(path, count == 0 ? ValidationProblemCodes.Required : ValidationProblemCodes.TooManyItems,
                string.Create(CultureInfo.InvariantCulture, $"'scopes' must hold 1 to {MaxScopes} scopes, not {count}"));
            return null;
        }

        var scopes = new List<string>(count);
        var index = 0;
        var valid = true;
        foreach (var item in value.EnumerateArray())
        {
            valid &= ReadScope(fields.Problems, JsonPathText.Item(path, index++), item, scopes);
        }

        return valid ? scopes : null;
    }

    private static bool ReadScope(ProblemCollector problems, string path, JsonElement item, List<string> scopes)
    {
        if (item.ValueKind != JsonValueKind.String)
        {
            problems.Add(path, ValidationProblemCodes.WrongType, $"a scope must be a string, not {JsonPathText.Describe(item.ValueKind)}");
            return false;
        }

        var scope = JsonRawText.String(item, out var wellFormed);
        if (!wellFormed || !ApiKeyScopes.IsValid(scope))
        {
            problems.Add(path, ValidationProblemCodes.InvalidValue,
                $"{JsonPathText.Quote(scope)} is not a known scope; use one of {string.Join(", ", ApiKeyScopes.Named)}, <resource>:*, <category>:read|write or *");
            return false;
        }

        if (scopes.Contains(scope, StringComparer.Ordinal))
        {
            problems.Add(path, ValidationProblemCodes.InvalidValue, $"{JsonPathText.Quote(scope)} is listed more than once");
            return false;
        }

        scopes.Add(scope);
        return true;
    }

    /// <summary>The index of the first control, format, separator, private-use, unassigned or unpaired-surrogate character, or -1.</summary>
    private static int IndexOfNonPrintable(string text)
    {
        var index = 0;
        while (index < text.Length)
        {
            if (Rune.DecodeFromUtf16(text.AsSpan(index), out var rune, out var used) != OperationStatus.Done)
            {
                return index;
            }

            if (Rune.GetUnicodeCategory(rune) is UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.LineSeparator
                or UnicodeCategory.ParagraphSeparator or UnicodeCategory.PrivateUse or UnicodeCategory.OtherNotAssigned)
            {
                return index;
            }

            index += used;
        }

        return -1;
    }
}
