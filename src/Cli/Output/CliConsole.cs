using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Spectre.Console;

namespace JobForge.Cli.Output;

/// <summary>
/// Where the CLI writes: tables and progress to standard output (plain text, no colour or animation when it is not a
/// terminal), JSON to standard output as raw text, errors to standard error.
/// </summary>
internal sealed class CliConsole
{
    private readonly TextWriter _out;

    public CliConsole(TextWriter output, TextWriter error, bool outputIsTerminal, bool errorIsTerminal)
    {
        _out = output;
        IsTerminal = outputIsTerminal;
        Out = Create(output, outputIsTerminal);
        Error = Create(error, errorIsTerminal);
        ErrorWriter = error;
    }

    /// <summary>Whether standard output is an interactive terminal (spinners and colour only then).</summary>
    public bool IsTerminal { get; }

    public IAnsiConsole Out { get; }

    public IAnsiConsole Error { get; }

    public TextWriter ErrorWriter { get; }

    public static CliConsole ForProcess() =>
        new(Console.Out, Console.Error, !Console.IsOutputRedirected, !Console.IsErrorRedirected);

    /// <summary>Writes <paramref name="value"/> as indented JSON on standard output.</summary>
    public void WriteJson<T>(T value, JsonTypeInfo<T> type) => _out.WriteLine(JsonSerializer.Serialize(value, type));

    /// <summary>Writes <paramref name="value"/> as one line of JSON (for streams: one object per line).</summary>
    public void WriteJsonLine<T>(T value, JsonTypeInfo<T> type)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = false }))
        {
            JsonSerializer.Serialize(writer, value, type);
        }

        _out.WriteLine(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
        _out.Flush();
    }

    /// <summary>Writes <paramref name="text"/> as it is (Markdown, YAML, artifact text).</summary>
    public void WriteRaw(string text)
    {
        _out.Write(text);
        if (!text.EndsWith('\n'))
        {
            _out.WriteLine();
        }
    }

    /// <summary>Writes <paramref name="bytes"/> to standard output unchanged.</summary>
    public void WriteBytes(byte[] bytes)
    {
        _out.Flush();
        using var stdout = Console.OpenStandardOutput();
        stdout.Write(bytes);
        stdout.Flush();
    }

    private static IAnsiConsole Create(TextWriter writer, bool terminal)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = terminal ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = terminal ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = terminal ? InteractionSupport.Detect : InteractionSupport.No,
            Out = new AnsiConsoleOutput(writer),
        });
        if (!terminal)
        {
            console.Profile.Width = 200; // piped: do not wrap tables at 80 columns
        }

        return console;
    }
}
