using JobForge.Domain.Events;

namespace JobForge.Domain.Contracts;

/// <summary>
/// Checks parsed expressions against what a step may see: declared inputs, earlier steps, allowed secrets. A
/// reference to a step is only valid when that step is listed before the current one (data flows down the file), and
/// it implies a dependency (see <see cref="StepGraph"/>).
/// </summary>
public static class ExpressionValidator
{
    private const int MaxListed = 10;

    /// <summary>The problems of <paramref name="value"/> (found at JSON <paramref name="path"/>), in order.</summary>
    public static IReadOnlyList<ValidationProblem> Validate(ExpressionString value, string path, ExpressionReferenceContext context)
    {
        ArgumentNullException.ThrowIfNull(value);
        ArgumentNullException.ThrowIfNull(context);
        var problems = new List<ValidationProblem>();
        foreach (var expression in value.Expressions)
        {
            var problem = Check(expression, context);
            if (problem is not null)
            {
                problems.Add(new ValidationProblem(path, problem.Value.Code, $"{problem.Value.Message} (at character {expression.Position})"));
            }
        }

        return problems;
    }

    private static (string Code, string Message)? Check(ContractExpression expression, ExpressionReferenceContext context) =>
        expression.Root switch
        {
            ExpressionRoot.Inputs => expression.InputName is { } input ? CheckInput(input, context) : null,
            ExpressionRoot.Steps => CheckStep(expression.StepId!, context),
            ExpressionRoot.Secrets => CheckSecret(expression.SecretName!, context),
            _ => null,
        };

    private static (string, string)? CheckInput(string name, ExpressionReferenceContext context) =>
        context.InputNames is null || context.InputNames.Contains(name)
            ? null
            : (ContractProblemCodes.UnknownInput,
                $"unknown input '{name}'; the input schema declares {List(context.InputNames)}");

    private static (string, string)? CheckStep(string id, ExpressionReferenceContext context)
    {
        if (string.Equals(id, context.CurrentStepId, StringComparison.Ordinal))
        {
            return (ContractProblemCodes.SelfReference, $"step '{id}' cannot read its own outputs");
        }

        if (context.CompensationStepIds.Contains(id) && !context.CurrentIsCompensation)
        {
            return (ContractProblemCodes.CompensationStepReference,
                $"step '{id}' is compensation-only and has no outputs during a normal run");
        }

        if (context.EarlierStepIds.Contains(id))
        {
            return null;
        }

        return context.AllStepIds.Contains(id)
            ? (ContractProblemCodes.LaterStep, $"step '{id}' is listed after this step; only earlier steps' outputs can be used")
            : (ContractProblemCodes.UnknownStep, $"unknown step '{id}'");
    }

    private static (string, string)? CheckSecret(string name, ExpressionReferenceContext context)
    {
        if (!context.SecretsAllowed)
        {
            return (ContractProblemCodes.SecretsNotAllowed, $"secrets (here 'secrets.{name}') are not allowed here");
        }

        return context.AllowedSecretNames is null || context.AllowedSecretNames.Contains(name)
            ? null
            : (ContractProblemCodes.UnknownSecret, $"secret '{name}' is not one of {List(context.AllowedSecretNames)}");
    }

    private static string List(IReadOnlySet<string> names)
    {
        if (names.Count == 0)
        {
            return "nothing";
        }

        var sorted = names.Order(StringComparer.Ordinal).Take(MaxListed).Select(name => $"'{name}'");
        return string.Join(", ", sorted) + (names.Count > MaxListed ? ", …" : string.Empty);
    }
}
