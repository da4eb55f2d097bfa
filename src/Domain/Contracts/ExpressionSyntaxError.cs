using JobForge.Domain.Events;

namespace JobForge.Domain.Contracts;

/// <summary>Why a string's expressions could not be parsed, and where.</summary>
/// <param name="Position">The zero-based character offset in the string where the problem starts.</param>
/// <param name="Code">A code from <see cref="ContractProblemCodes"/> (or <see cref="ValidationProblemCodes.TooLong"/>).</param>
/// <param name="Message">A human-readable explanation; it quotes at most a short cut of the expression.</param>
public sealed record ExpressionSyntaxError(int Position, string Code, string Message)
{
    /// <summary>This error as a problem at the JSON <paramref name="path"/> of the string, with the position in the message.</summary>
    public ValidationProblem ToProblem(string path) =>
        new(path, Code, string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{Message} (at character {Position})"));
}
