using System.Buffers;
using System.Text.Json;
using JobForge.Domain.Events;

namespace JobForge.Domain.Contracts;

/// <summary>
/// Resolves every <c>${{ … }}</c> inside a step's <c>with</c> value. A string that is exactly one expression becomes the
/// referenced JSON value with its type (number, object, …); a string mixing text and expressions becomes a string with
/// each value interpolated (strings as-is, numbers and booleans as JSON text, null as empty text, objects and arrays as
/// compact JSON). <c>$${{</c> becomes the literal <c>${{</c>. Total: missing values are
/// <see cref="ResolutionError"/>s, never exceptions; the output is bounded by
/// <see cref="ExpressionResolutionContext.MaxOutputBytes"/> and nesting by <see cref="ContractJsonWalker.MaxDepth"/>.
/// Secret values used are listed in <see cref="ExpressionResolution.SecretValues"/> for redaction.
/// </summary>
public static partial class ExpressionResolver
{
    private const int MaxErrors = 100;

    /// <summary>Resolves <paramref name="with"/>, found at JSON <paramref name="path"/>.</summary>
    public static ExpressionResolution Resolve(
        JsonElement with, ExpressionResolutionContext context, string path = "$.with", ExpressionParserOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(path);
        var state = new State(context, options ?? ExpressionParserOptions.Default);
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            state.Writer = writer;
            Write(state, with, path, 1);
        }

        JsonElement? value = null;
        if (state.Errors.Count == 0)
        {
            using var document = JsonDocument.Parse(buffer.WrittenMemory, new JsonDocumentOptions { MaxDepth = ContractJsonWalker.MaxDepth + 2 });
            value = document.RootElement.Clone();
        }

        return new ExpressionResolution
        {
            Value = value,
            Errors = state.Errors,
            SecretValues = state.SecretValues,
            SecretNames = state.SecretNames,
        };
    }

    private static void Write(State state, JsonElement value, string path, int depth)
    {
        var writer = state.Writer!;
        if (state.Stopped)
        {
            return;
        }

        switch (value.ValueKind)
        {
            case JsonValueKind.Object or JsonValueKind.Array when depth > ContractJsonWalker.MaxDepth:
                state.Fail(path, ResolutionErrorKind.TooDeep, "the value nests too deeply");
                writer.WriteNullValue();
                break;
            case JsonValueKind.Object:
                writer.WriteStartObject();
                foreach (var property in value.EnumerateObject())
                {
                    var name = JsonRawText.Name(property, out _);
                    writer.WritePropertyName(name);
                    Write(state, property.Value, JsonPathText.Property(path, name), depth + 1);
                }

                writer.WriteEndObject();
                break;
            case JsonValueKind.Array:
                writer.WriteStartArray();
                var index = 0;
                foreach (var item in value.EnumerateArray())
                {
                    Write(state, item, JsonPathText.Item(path, index++), depth + 1);
                }

                writer.WriteEndArray();
                break;
            case JsonValueKind.String:
                WriteString(state, JsonRawText.String(value, out _), path, depth);
                break;
            case JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False or JsonValueKind.Null:
                value.WriteTo(writer);
                break;
            default:
                writer.WriteNullValue();
                break;
        }

        state.CheckSize(path);
    }

    private static void WriteString(State state, string text, string path, int depth)
    {
        var writer = state.Writer!;
        var parsed = ExpressionParser.Parse(text, state.Options);
        if (parsed.Error is { } error)
        {
            state.Fail(path, ResolutionErrorKind.InvalidExpression, error.ToProblem(path).Message);
            writer.WriteNullValue();
            return;
        }

        var parts = parsed.Value!.Parts;
        if (parsed.Value.IsSingleExpression)
        {
            var resolved = Lookup(state, parts[0].Expression!, path);
            if (resolved.Text is not null)
            {
                WriteText(writer, resolved);
            }
            else if (resolved.Element is { } element)
            {
                if (!JsonValueText.Copy(writer, element, depth))
                {
                    state.Fail(path, ResolutionErrorKind.TooDeep, $"'{parts[0].Expression!.Text}' nests too deeply");
                }
            }
            else
            {
                writer.WriteNullValue();
            }

            return;
        }

        writer.WriteStringValue(Interpolate(state, parts, path));
    }

    private static void WriteText(Utf8JsonWriter writer, Resolved resolved)
    {
        if (resolved.TextIsNumber)
        {
            writer.WriteRawValue(resolved.Text!);
        }
        else
        {
            writer.WriteStringValue(resolved.Text);
        }
    }
}
