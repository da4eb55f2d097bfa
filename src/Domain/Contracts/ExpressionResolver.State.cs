using System.Text.Json;

namespace JobForge.Domain.Contracts;

/// <content>The state of one resolution.</content>
public static partial class ExpressionResolver
{
    private sealed class State(ExpressionResolutionContext context, ExpressionParserOptions options)
    {
        public ExpressionResolutionContext Context { get; } = context;

        public ExpressionParserOptions Options { get; } = options;

        public Utf8JsonWriter? Writer { get; set; }

        public List<ResolutionError> Errors { get; } = [];

        public List<string> SecretValues { get; } = [];

        public List<string> SecretNames { get; } = [];

        /// <summary>Whether the output grew too large or too many errors piled up, so the walk should end.</summary>
        public bool Stopped { get; private set; }

        public void Fail(string path, ResolutionErrorKind kind, string message)
        {
            if (Errors.Count < MaxErrors)
            {
                Errors.Add(new ResolutionError(path, kind, message));
            }
            else
            {
                Stopped = true;
            }
        }

        public void UseSecret(string name, string value)
        {
            if (!SecretNames.Contains(name, StringComparer.Ordinal))
            {
                SecretNames.Add(name);
            }

            if (value.Length > 0 && !SecretValues.Contains(value, StringComparer.Ordinal))
            {
                SecretValues.Add(value);
            }
        }

        public void CheckSize(string path)
        {
            if (!Stopped && Writer!.BytesCommitted + Writer.BytesPending > Context.MaxOutputBytes)
            {
                Fail(path, ResolutionErrorKind.OutputTooLarge, $"the resolved value is larger than {Context.MaxOutputBytes} bytes");
                Stopped = true;
            }
        }
    }
}
