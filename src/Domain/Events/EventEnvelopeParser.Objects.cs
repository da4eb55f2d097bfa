using System.Globalization;
using System.Text.Json;

namespace JobForge.Domain.Events;

/// <content>Readers for the nested objects: <c>subject</c> and <c>redaction_hints</c>.</content>
public static partial class EventEnvelopeParser
{
    private static EventSubject? ReadSubject(JsonObjectFields envelope)
    {
        if (!envelope.TryGet(EventFieldNames.Subject, out var value)
            || !envelope.ExpectKind(EventFieldNames.Subject, value, JsonValueKind.Object, "an object {type, id}"))
        {
            return null;
        }

        var fields = JsonObjectFields.Read(value, envelope.PathOf(EventFieldNames.Subject), EventFieldNames.SubjectFields, envelope.Problems);
        var type = fields.Identifier(EventFieldNames.SubjectType, EventSubject.MaxTypeLength, required: true);
        var id = fields.Identifier(EventFieldNames.SubjectId, EventSubject.MaxIdLength, required: true);
        return type is null || id is null ? null : new EventSubject(type, id);
    }

    private static RedactionHints? ReadRedactionHints(JsonObjectFields envelope)
    {
        if (!envelope.TryGet(EventFieldNames.RedactionHints, out var value)
            || !envelope.ExpectKind(EventFieldNames.RedactionHints, value, JsonValueKind.Object, "an object"))
        {
            return null;
        }

        var fields = JsonObjectFields.Read(value, envelope.PathOf(EventFieldNames.RedactionHints), EventFieldNames.RedactionHintFields, envelope.Problems);
        return new RedactionHints
        {
            RedactFields = ReadPaths(fields, EventFieldNames.RedactFields),
            EncryptFields = ReadPaths(fields, EventFieldNames.EncryptFields),
            RetentionDays = ReadRetentionDays(fields),
        };
    }

    private static PayloadPath[] ReadPaths(JsonObjectFields fields, string name)
    {
        if (!fields.TryGet(name, out var value) || !fields.ExpectKind(name, value, JsonValueKind.Array, "an array of payload paths"))
        {
            return [];
        }

        var path = fields.PathOf(name);
        if (value.GetArrayLength() > RedactionHints.MaxPaths)
        {
            fields.Problems.Add(path, ValidationProblemCodes.TooManyItems, string.Create(CultureInfo.InvariantCulture,
                $"'{name}' may list at most {RedactionHints.MaxPaths} paths"));
            return [];
        }

        var paths = new List<PayloadPath>();
        var index = 0;
        foreach (var item in value.EnumerateArray())
        {
            var itemPath = JsonPathText.Item(path, index++);
            if (item.ValueKind != JsonValueKind.String)
            {
                fields.Problems.Add(itemPath, ValidationProblemCodes.WrongType,
                    $"a payload path must be a string, not {JsonPathText.Describe(item.ValueKind)}");
            }
            else if (PayloadPath.TryParse(JsonRawText.String(item, out var wellFormed), out var parsed) && wellFormed)
            {
                paths.Add(parsed!);
            }
            else
            {
                fields.Problems.Add(itemPath, ValidationProblemCodes.InvalidFormat,
                    $"{JsonPathText.Quote(JsonRawText.String(item, out _))} is not a payload path: {PayloadPath.SyntaxDescription}");
            }
        }

        return [.. paths];
    }

    private static int? ReadRetentionDays(JsonObjectFields fields)
    {
        const string name = EventFieldNames.RetentionDays;
        if (!fields.TryGet(name, out var value) || !fields.ExpectKind(name, value, JsonValueKind.Number, "a whole number of days"))
        {
            return null;
        }

        if (value.TryGetInt32(out var days) && days is >= RedactionHints.MinRetentionDays and <= RedactionHints.MaxRetentionDays)
        {
            return days;
        }

        fields.Problems.Add(fields.PathOf(name), ValidationProblemCodes.OutOfRange, string.Create(CultureInfo.InvariantCulture,
            $"'{name}' must be a whole number from {RedactionHints.MinRetentionDays} to {RedactionHints.MaxRetentionDays}"));
        return null;
    }
}
