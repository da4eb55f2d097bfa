using System.Globalization;
using System.Text;
using System.Text.Json;
using JobForge.Domain.Events;

namespace JobForge.Domain.Contracts;

/// <content>Finding the value behind one expression, and interpolation.</content>
public static partial class ExpressionResolver
{
    private static string Interpolate(State state, IReadOnlyList<ExpressionStringPart> parts, string path)
    {
        var text = new StringBuilder();
        foreach (var part in parts)
        {
            if (!part.IsExpression)
            {
                text.Append(part.Literal);
            }
            else
            {
                var resolved = Lookup(state, part.Expression!, path);
                if (resolved.Text is not null)
                {
                    text.Append(resolved.Text);
                }
                else if (resolved.Element is { } element && !JsonValueText.Append(text, element, state.Context.MaxOutputBytes))
                {
                    state.Fail(path, ResolutionErrorKind.OutputTooLarge, $"'{part.Expression!.Text}' is too large to interpolate");
                    return string.Empty;
                }
            }

            if (text.Length > state.Context.MaxOutputBytes)
            {
                state.Fail(path, ResolutionErrorKind.OutputTooLarge, "the interpolated string is too large");
                return string.Empty;
            }
        }

        return text.ToString();
    }

    private static Resolved Lookup(State state, ContractExpression expression, string path)
    {
        var context = state.Context;
        switch (expression.Root)
        {
            case ExpressionRoot.Inputs:
                return Found(state, Navigate(context.Inputs, expression.Path, 0), path, ResolutionErrorKind.MissingInput,
                    $"'{expression.Text}' is not in the run's inputs");
            case ExpressionRoot.Steps:
                var id = expression.StepId!;
                return context.StepOutputs.TryGetValue(id, out var outputs)
                    ? Found(state, Navigate(outputs, expression.Path, 2), path, ResolutionErrorKind.MissingStepOutput,
                        $"'{expression.Text}' is not in the outputs of step '{id}'")
                    : Missing(state, path, ResolutionErrorKind.MissingStepOutput, $"step '{id}' has no recorded outputs");
            case ExpressionRoot.Event:
                return context.Event is { } @event
                    ? Found(state, Navigate(@event, expression.Path, 0), path, ResolutionErrorKind.MissingEventValue,
                        $"'{expression.Text}' is not in the event")
                    : Missing(state, path, ResolutionErrorKind.MissingEventValue, "there is no triggering event");
            case ExpressionRoot.Secrets:
                var secret = context.SecretLookup(expression.SecretName!);
                if (secret is null)
                {
                    return Missing(state, path, ResolutionErrorKind.MissingSecret, $"secret '{expression.SecretName}' is not available");
                }

                state.UseSecret(expression.SecretName!, secret);
                return new Resolved(null, secret, false);
            default:
                var field = expression.RunField!;
                if (field == RunExpressionFields.Attempt)
                {
                    return new Resolved(null, context.Run.Attempt.ToString(CultureInfo.InvariantCulture), true);
                }

                var text = context.Run.Text(field);
                return text is null
                    ? Missing(state, path, ResolutionErrorKind.MissingRunValue, $"'run.{field}' has no value for this run")
                    : new Resolved(null, text, false);
        }
    }

    private static JsonElement? Navigate(JsonElement root, IReadOnlyList<PayloadPathSegment> path, int start)
    {
        var current = root;
        for (var i = start; i < path.Count; i++)
        {
            var segment = path[i];
            if (segment.Kind == PayloadPathSegmentKind.Property && JsonValueText.TryGetProperty(current, segment.Name, out var child))
            {
                current = child;
            }
            else if (segment.Kind == PayloadPathSegmentKind.Index && current.ValueKind == JsonValueKind.Array
                && segment.Index < current.GetArrayLength())
            {
                current = current[segment.Index];
            }
            else
            {
                return null;
            }
        }

        return current.ValueKind == JsonValueKind.Undefined ? null : current;
    }

    private static Resolved Found(State state, JsonElement? element, string path, ResolutionErrorKind kind, string message) =>
        element is null ? Missing(state, path, kind, message) : new Resolved(element, null, false);

    private static Resolved Missing(State state, string path, ResolutionErrorKind kind, string message)
    {
        state.Fail(path, kind, message);
        return default;
    }

    private readonly record struct Resolved(JsonElement? Element, string? Text, bool TextIsNumber);
}
