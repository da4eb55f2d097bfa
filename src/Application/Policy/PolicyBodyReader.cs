using System.Text.Json;
using JobForge.Domain.Events;

namespace JobForge.Application.Policy;

/// <summary>Reads the fields of a policy request body, collecting a <see cref="ValidationProblem"/> for each bad one.</summary>
internal sealed partial class PolicyBodyReader
{
    private readonly JsonElement _root;

    private PolicyBodyReader(JsonElement root) => _root = root;

    public List<ValidationProblem> Problems { get; } = [];

    /// <summary>A reader for <paramref name="root"/>, which must be an object with only <paramref name="allowed"/> fields, each once.</summary>
    public static PolicyBodyReader Open(JsonElement root, IReadOnlyCollection<string> allowed)
    {
        var reader = new PolicyBodyReader(root);
        if (root.ValueKind != JsonValueKind.Object)
        {
            reader.Problems.Add(new ValidationProblem("$", ValidationProblemCodes.WrongType, "The body must be a JSON object."));
            return reader;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var property in root.EnumerateObject())
        {
            var name = property.Name.Length <= 64 ? property.Name : property.Name[..64];
            if (!seen.Add(property.Name))
            {
                reader.Problems.Add(new ValidationProblem(name, ValidationProblemCodes.DuplicateField, "'" + name + "' appears more than once."));
            }
            else if (!allowed.Contains(property.Name))
            {
                reader.Problems.Add(new ValidationProblem(name, ValidationProblemCodes.UnknownField,
                    "Unknown field '" + name + "'; allowed: " + string.Join(", ", allowed) + "."));
            }
        }

        return reader;
    }

    /// <summary>A storage-safe id of at most <paramref name="maxLength"/> characters.</summary>
    public string? Id(string name, int maxLength, bool required)
    {
        var text = Text(name, maxLength, required);
        if (text is not null && !StorageSafeId.IsValid(text, maxLength))
        {
            Problems.Add(new ValidationProblem(name, ValidationProblemCodes.InvalidFormat,
                "'" + name + "' must be 1 to " + maxLength + " of " + StorageSafeId.AllowedCharactersDescription + "."));
            return null;
        }

        return text;
    }

    /// <summary>A string without control characters of at most <paramref name="maxLength"/> characters.</summary>
    public string? Text(string name, int maxLength, bool required)
    {
        if (!TryGet(name, required, out var value))
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.String)
        {
            Problems.Add(new ValidationProblem(name, ValidationProblemCodes.WrongType, "'" + name + "' must be a string."));
            return null;
        }

        var text = value.GetString()!;
        (string Code, string Message)? problem = text switch
        {
            { Length: 0 } => (ValidationProblemCodes.Required, "'" + name + "' is empty; send a non-empty value."),
            _ when text.Length > maxLength => (ValidationProblemCodes.TooLong, "'" + name + "' is longer than " + maxLength + " characters."),
            _ when text.AsSpan().ContainsAnyInRange('\u0000', '\u001f') => (ValidationProblemCodes.InvalidFormat, "'" + name + "' must not contain control characters."),
            _ => null,
        };
        if (problem is { } found)
        {
            Problems.Add(new ValidationProblem(name, found.Code, found.Message));
            return null;
        }

        return text;
    }

    public bool TryGet(string name, bool required, out JsonElement value)
    {
        if (_root.ValueKind == JsonValueKind.Object && _root.TryGetProperty(name, out value) && value.ValueKind != JsonValueKind.Null)
        {
            return true;
        }

        value = default;
        if (required)
        {
            Problems.Add(new ValidationProblem(name, ValidationProblemCodes.Required, "'" + name + "' is required."));
        }

        return false;
    }
}
