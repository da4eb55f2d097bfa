using System.Globalization;
using System.Text.Json;

namespace JobForge.Domain.Events;

/// <summary>Turns a System.Text.Json parse failure into an <c>invalid_json</c> problem that says where, not how.</summary>
public static class JsonSyntaxProblem
{
    /// <summary>
    /// The problem for <paramref name="exception"/>: path <c>$</c>, code <see cref="ValidationProblemCodes.InvalidJson"/>,
    /// and a message giving the 1-based line and byte position within that line
    /// (<c>malformed JSON at line 3, byte 14</c>). The exception's own message, which can quote the body and name
    /// parser internals, is never copied.
    /// </summary>
    public static ValidationProblem From(JsonException exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        var message = exception is { LineNumber: { } line, BytePositionInLine: { } position }
            ? string.Create(CultureInfo.InvariantCulture, $"malformed JSON at line {line + 1}, byte {position + 1}")
            : "malformed JSON";
        return new ValidationProblem("$", ValidationProblemCodes.InvalidJson, message);
    }
}
