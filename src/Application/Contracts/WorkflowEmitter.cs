using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace JobForge.Application.Contracts;

/// <summary>
/// A thin writer over YamlDotNet's <see cref="Emitter"/>: structure keys are plain, every value that comes from a
/// template is double-quoted (so newlines, <c>: </c>, <c>#</c>, braces and quotes are escaped, and <c>"true"</c> stays a string).
/// </summary>
internal sealed class WorkflowEmitter(IEmitter emitter)
{
    public void Begin(IEnumerable<string>? comments = null)
    {
        emitter.Emit(new StreamStart());
        emitter.Emit(new DocumentStart());
        foreach (var line in comments ?? [])
        {
            emitter.Emit(new Comment(line, false));
        }

        emitter.Emit(new MappingStart(AnchorName.Empty, TagName.Empty, true, MappingStyle.Block));
    }

    public void End()
    {
        emitter.Emit(new MappingEnd());
        emitter.Emit(new DocumentEnd(true));
        emitter.Emit(new StreamEnd());
    }

    /// <summary>A fixed key or value (ours, not the template's).</summary>
    public void Plain(string value) => emitter.Emit(new Scalar(AnchorName.Empty, TagName.Empty, value, ScalarStyle.Plain, true, false));

    /// <summary>Text from the template: always a quoted string.</summary>
    public void Text(string value) => emitter.Emit(new Scalar(AnchorName.Empty, TagName.Empty, value, ScalarStyle.DoubleQuoted, false, true));

    public void Pair(string key, string text)
    {
        Plain(key);
        Text(text);
    }

    public void StartMap(string? key = null)
    {
        if (key is not null)
        {
            Plain(key);
        }

        emitter.Emit(new MappingStart(AnchorName.Empty, TagName.Empty, true, MappingStyle.Block));
    }

    public void EndMap() => emitter.Emit(new MappingEnd());

    /// <summary>A list of fixed plain values, e.g. <c>needs: [run]</c>.</summary>
    public void PlainList(string key, IEnumerable<string> values)
    {
        StartList(key);
        foreach (var value in values)
        {
            Plain(value);
        }

        EndList();
    }

    public void StartList(string key)
    {
        Plain(key);
        emitter.Emit(new SequenceStart(AnchorName.Empty, TagName.Empty, true, SequenceStyle.Block));
    }

    public void EndList() => emitter.Emit(new SequenceEnd());
}
