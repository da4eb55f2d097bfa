using System.Buffers;
using System.Text.Json;

namespace JobForge.Domain.Templates;

/// <summary>Writes a template in its JSON form (snake_case, durations in the short form), which <see cref="JobTemplateParser"/> reads back.</summary>
public static class JobTemplateJson
{
    /// <summary>The template as a JSON element.</summary>
    public static JsonElement ToElement(JobTemplate template)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            Write(writer, template);
        }

        using var document = JsonDocument.Parse(buffer.WrittenMemory, new JsonDocumentOptions { MaxDepth = 1024 });
        return document.RootElement.Clone();
    }

    /// <summary>The template as compact JSON text.</summary>
    public static string ToJsonString(JobTemplate template) => ToElement(template).GetRawText();

    /// <summary>Writes <paramref name="template"/> as one JSON object.</summary>
    public static void Write(Utf8JsonWriter writer, JobTemplate template)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(template);
        writer.WriteStartObject();
        writer.WriteString("template_key", template.TemplateKey);
        writer.WriteString("name", template.Name);
        writer.WriteString("description", template.Description);
        writer.WriteString("category", template.Category);
        writer.WriteString("version", template.Version);
        writer.WritePropertyName("input_schema");
        template.InputSchema.WriteTo(writer);
        writer.WritePropertyName("output_schema");
        template.OutputSchema.WriteTo(writer);
        WriteStrings(writer, "required_scopes", template.RequiredScopes);
        writer.WriteBoolean("is_action_job", template.IsActionJob);
        writer.WriteNumber("default_max_attempts", template.DefaultMaxAttempts);
        writer.WriteString("default_timeout", TemplateDuration.Format(template.DefaultTimeout));
        writer.WriteString("estimated_cost_tier", template.EstimatedCostTier);
        writer.WriteStartArray("steps");
        foreach (var step in template.Steps)
        {
            WriteStep(writer, step);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void WriteStep(Utf8JsonWriter writer, TemplateStep step)
    {
        writer.WriteStartObject();
        writer.WriteString("id", step.Id);
        writer.WriteString("uses", step.Uses);
        writer.WritePropertyName("with");
        if (step.With.ValueKind == JsonValueKind.Undefined)
        {
            writer.WriteStartObject();
            writer.WriteEndObject();
        }
        else
        {
            step.With.WriteTo(writer);
        }

        if (step.Retry is { } retry)
        {
            writer.WriteStartObject("retry");
            writer.WriteNumber("max_attempts", retry.MaxAttempts);
            writer.WriteString("first_interval", TemplateDuration.Format(retry.FirstInterval));
            writer.WriteNumber("backoff", retry.Backoff);
            writer.WriteString("max_interval", TemplateDuration.Format(retry.MaxInterval));
            writer.WriteEndObject();
        }

        if (step.Timeout is { } timeout)
        {
            writer.WriteString("timeout", TemplateDuration.Format(timeout));
        }

        if (step.Compensate is { } compensate)
        {
            writer.WriteString("compensate", compensate);
        }

        writer.WriteBoolean("requires_approval", step.RequiresApproval);
        WriteStrings(writer, "depends_on", step.Dependencies);
        writer.WriteEndObject();
    }

    private static void WriteStrings(Utf8JsonWriter writer, string name, IReadOnlyList<string> values)
    {
        writer.WriteStartArray(name);
        foreach (var value in values)
        {
            writer.WriteStringValue(value);
        }

        writer.WriteEndArray();
    }
}
