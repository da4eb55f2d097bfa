using System.Text.Json;
using JobForge.Domain.Events;
using JobForge.Domain.Templates;

namespace JobForge.Domain.Runs;

/// <summary>
/// Reads a job request body: <c>tenant_id</c>, <c>template_key</c>, <c>inputs</c> (an object, default <c>{}</c>),
/// optional <c>project_id</c>, <c>trace_id</c>, <c>actor_id</c>, <c>dry_run</c>, <c>idempotency_key</c>. Unknown and
/// repeated fields are problems. The idempotency key may come from the header instead; both given and different is a
/// problem. <c>inputs.approval_token</c> is taken out of the inputs (the header token wins when both are given).
/// Total: never throws on any JSON.
/// </summary>
public static class JobRequestParser
{
    /// <summary>The longest idempotency key.</summary>
    public const int MaxIdempotencyKeyLength = 128;

    /// <summary>The longest policy token accepted.</summary>
    public const int MaxTokenLength = 4096;

    private static readonly string[] s_fields =
        ["tenant_id", "template_key", "inputs", "project_id", "trace_id", "actor_id", "dry_run", "idempotency_key"];

    /// <summary>Parses <paramref name="body"/> with the <c>Idempotency-Key</c> and policy token headers, if sent.</summary>
    public static JobRequestParseResult Parse(JsonElement body, string? idempotencyHeader, string? tokenHeader)
    {
        var problems = new ProblemCollector();
        if (body.ValueKind != JsonValueKind.Object)
        {
            problems.Add("$", ValidationProblemCodes.WrongType, "the body must be a JSON object");
            return new JobRequestParseResult(null, null, problems.ToList());
        }

        var fields = JsonObjectFields.Read(body, "$", s_fields, problems);
        var tenant = fields.Identifier("tenant_id", StorageSafeId.MaxScopeIdLength, required: true);
        var key = fields.String("template_key", required: true);
        if (key is not null && !TemplateKey.IsValid(key))
        {
            problems.Add("$.template_key", ValidationProblemCodes.InvalidFormat,
                "template_key must be lowercase dotted segments like 'autopilot.ops.scan'");
        }

        var project = fields.Identifier("project_id", StorageSafeId.MaxScopeIdLength, required: false);
        var trace = fields.Identifier("trace_id", StorageSafeId.MaxActorOrTraceIdLength, required: false);
        var actor = fields.Identifier("actor_id", StorageSafeId.MaxActorOrTraceIdLength, required: false);
        var dryRun = fields.Boolean("dry_run") ?? false;
        var idempotency = IdempotencyKey(fields, idempotencyHeader, problems);
        var (inputs, inputToken) = Inputs(fields, problems);
        var token = Token(tokenHeader, "$.headers.x-jobforge-policy-token", problems) ?? inputToken;
        if (problems.HasProblems || tenant is null || key is null)
        {
            return new JobRequestParseResult(null, tenant, problems.ToList());
        }

        return new JobRequestParseResult(new JobRequest(tenant, key, inputs, project, trace, actor, dryRun, idempotency, token), tenant, []);
    }

    private static string? IdempotencyKey(JsonObjectFields fields, string? header, ProblemCollector problems)
    {
        var fromBody = fields.Identifier("idempotency_key", MaxIdempotencyKeyLength, required: false);
        if (header is null)
        {
            return fromBody;
        }

        if (!JsonObjectFields.CheckIdentifier(problems, "$.headers.idempotency-key", "Idempotency-Key", header, MaxIdempotencyKeyLength))
        {
            return null;
        }

        if (fromBody is not null && !string.Equals(fromBody, header, StringComparison.Ordinal))
        {
            problems.Add("$.idempotency_key", ValidationProblemCodes.Conflict,
                "idempotency_key and the Idempotency-Key header differ; send one, or the same value in both");
        }

        return header;
    }

    private static (JsonElement Inputs, string? Token) Inputs(JsonObjectFields fields, ProblemCollector problems)
    {
        if (!fields.TryGet("inputs", out var inputs))
        {
            return (JsonDocument.Parse("{}").RootElement.Clone(), null);
        }

        if (!fields.ExpectKind("inputs", inputs, JsonValueKind.Object, "an object"))
        {
            return (default, null);
        }

        if (!inputs.TryGetProperty("approval_token", out var tokenValue))
        {
            return (inputs.Clone(), null);
        }

        string? token = null;
        if (tokenValue.ValueKind != JsonValueKind.String)
        {
            problems.Add("$.inputs.approval_token", ValidationProblemCodes.WrongType, "approval_token must be a string (a policy token)");
        }
        else
        {
            token = Token(tokenValue.GetString(), "$.inputs.approval_token", problems);
        }

        return (Without(inputs, "approval_token"), token);
    }

    private static string? Token(string? token, string path, ProblemCollector problems)
    {
        if (token is null)
        {
            return null;
        }

        if (token.Length is 0 or > MaxTokenLength)
        {
            problems.Add(path, ValidationProblemCodes.TooLong, $"a policy token is 1 to {MaxTokenLength} characters");
            return null;
        }

        return token;
    }

    private static JsonElement Without(JsonElement obj, string name)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            foreach (var property in obj.EnumerateObject())
            {
                if (!string.Equals(property.Name, name, StringComparison.Ordinal))
                {
                    property.WriteTo(writer);
                }
            }

            writer.WriteEndObject();
        }

        using var document = JsonDocument.Parse(buffer.WrittenMemory, new JsonDocumentOptions { MaxDepth = 1024 });
        return document.RootElement.Clone();
    }
}
