using System.Buffers;
using System.Text.Json;
using JobForge.Domain.Events;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace JobForge.Application.Contracts;

/// <summary>
/// Converts a YAML job contract to JSON with YamlDotNet's event parser only: no object is ever constructed from the text
/// (no type activation), anchors and aliases are rejected outright (so alias bombs cannot expand), explicit tags other
/// than the core <c>!!str</c>/<c>!!int</c>/<c>!!float</c>/<c>!!bool</c>/<c>!!null</c>/<c>!!map</c>/<c>!!seq</c> are rejected,
/// nesting stops at <see cref="MaxDepth"/>, exactly one document is read, mapping keys must be unique scalars. Plain
/// scalars resolve by the YAML 1.2 core schema (null, bool, int, float); every quoted or block scalar stays a string.
/// </summary>
public static partial class YamlContractReader
{
    /// <summary>The deepest nesting of mappings and sequences.</summary>
    public const int MaxDepth = 32;

    /// <summary>The problem code of YAML that cannot be read.</summary>
    public const string InvalidYamlCode = "invalid_yaml";

    /// <summary>The contract as JSON, or the first problem (path <c>$</c>, with line and column).</summary>
    public static (JsonDocument? Document, ValidationProblem? Problem) Convert(string yaml)
    {
        ArgumentNullException.ThrowIfNull(yaml);
        var buffer = new ArrayBufferWriter<byte>();
        try
        {
            var parser = new Parser(new StringReader(yaml));
            parser.Consume<StreamStart>();
            if (parser.Accept<StreamEnd>(out _))
            {
                return (null, Problem("the YAML document is empty", null));
            }

            parser.Consume<DocumentStart>();
            using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { MaxDepth = MaxDepth + 2 }))
            {
                ReadNode(parser, writer, 0);
            }

            parser.Consume<DocumentEnd>();
            if (!parser.Accept<StreamEnd>(out _))
            {
                return (null, Problem("only one YAML document is allowed", parser.Current?.Start));
            }
        }
        catch (ContractYamlException ex)
        {
            return (null, Problem(ex.Message, ex.At));
        }
        catch (YamlException ex)
        {
            return (null, Problem("the YAML is not well-formed: " + Cut(ex.Message), ex.Start));
        }
        catch (Exception ex) when (ex is InvalidOperationException or ArgumentException && ThrownInYamlDotNet(ex))
        {
            // YamlDotNet throws these instead of a YamlException for some malformed input (found by fuzzing: its scanner's
            // InvalidOperationException for ": {\n0", TagName's ArgumentException for "!![");
            // it is still malformed input, not a server fault.
            return (null, Problem("the YAML is not well-formed", null));
        }

        return (JsonDocument.Parse(buffer.WrittenMemory, new JsonDocumentOptions { MaxDepth = MaxDepth + 2 }), null);
    }

    private static void ReadNode(IParser parser, Utf8JsonWriter writer, int depth)
    {
        var current = parser.Current ?? throw new ContractYamlException("the YAML ended early", null);
        if (current is AnchorAlias)
        {
            throw new ContractYamlException("YAML aliases (*name) are not allowed in a contract", current.Start);
        }

        if (current is NodeEvent { Anchor.IsEmpty: false })
        {
            throw new ContractYamlException("YAML anchors (&name) are not allowed in a contract", current.Start);
        }

        switch (current)
        {
            case Scalar scalar:
                parser.MoveNext();
                WriteScalar(scalar, writer);
                return;
            case SequenceStart sequence:
                Enter(sequence, depth, "!!seq");
                parser.MoveNext();
                writer.WriteStartArray();
                while (!parser.TryConsume<SequenceEnd>(out _))
                {
                    ReadNode(parser, writer, depth + 1);
                }

                writer.WriteEndArray();
                return;
            case MappingStart mapping:
                Enter(mapping, depth, "!!map");
                parser.MoveNext();
                ReadMapping(parser, writer, depth);
                return;
            default:
                throw new ContractYamlException("unexpected YAML content", current.Start);
        }
    }

    private static void ReadMapping(IParser parser, Utf8JsonWriter writer, int depth)
    {
        writer.WriteStartObject();
        var keys = new HashSet<string>(StringComparer.Ordinal);
        while (!parser.TryConsume<MappingEnd>(out _))
        {
            var keyEvent = parser.Current;
            if (keyEvent is not Scalar key || !key.Anchor.IsEmpty || !(key.Tag.IsEmpty || IsTag(key.Tag, "!!str")))
            {
                throw new ContractYamlException("mapping keys must be plain strings (no anchors, aliases, tags or complex keys)", keyEvent?.Start);
            }

            if (!keys.Add(key.Value))
            {
                throw new ContractYamlException($"the key '{Cut(key.Value)}' appears twice in one mapping", key.Start);
            }

            parser.MoveNext();
            writer.WritePropertyName(key.Value);
            ReadNode(parser, writer, depth + 1);
        }

        writer.WriteEndObject();
    }

    private static void Enter(NodeEvent node, int depth, string coreTag)
    {
        if (depth >= MaxDepth)
        {
            throw new ContractYamlException($"the YAML is nested deeper than {MaxDepth} levels", node.Start);
        }

        if (!node.Tag.IsEmpty && !IsTag(node.Tag, coreTag))
        {
            throw new ContractYamlException("YAML tags are not allowed in a contract", node.Start);
        }
    }

    /// <summary>Whether <paramref name="ex"/> was thrown while YamlDotNet's code ran (not by the JSON writer or this reader).</summary>
    private static bool ThrownInYamlDotNet(Exception ex) =>
        new System.Diagnostics.StackTrace(ex).GetFrames().Any(frame => frame.GetMethod()?.DeclaringType?.Assembly == typeof(Parser).Assembly);

    private static ValidationProblem Problem(string message, Mark? at) =>
        new("$", InvalidYamlCode, at is { } mark ? $"{message} (line {mark.Line}, column {mark.Column})" : message);

    private static string Cut(string text) => text.Length > 120 ? text[..120] + "…" : text;
}
