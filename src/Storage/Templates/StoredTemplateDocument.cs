using System.Text.Json;
using JobForge.Domain.Templates;

namespace JobForge.Storage.Templates;

/// <summary>The stored JSON form of a template version, shared by both stores so they accept and reject the same input.</summary>
internal static class StoredTemplateDocument
{
    /// <summary>The longest stored document: a Table string property holds at most 32 Ki UTF-16 characters.</summary>
    public const int MaxLength = 30_000;

    public static string Encode(JobTemplate template)
    {
        ArgumentNullException.ThrowIfNull(template);
        if (!TemplateKey.IsValid(template.TemplateKey) || !SemanticVersion.IsValid(template.Version))
        {
            throw new ArgumentException("The template key or version is not valid.", nameof(template));
        }

        var json = JobTemplateJson.ToJsonString(template);
        return json.Length <= MaxLength
            ? json
            : throw new ArgumentException($"The template's JSON is longer than {MaxLength} characters.", nameof(template));
    }

    public static JobTemplate Decode(string json)
    {
        using var document = JsonDocument.Parse(json);
        var parsed = JobTemplateParser.Parse(document.RootElement);
        return parsed.Template ?? throw new InvalidOperationException("A stored template no longer parses: " + parsed.Problems[0].Path);
    }
}
