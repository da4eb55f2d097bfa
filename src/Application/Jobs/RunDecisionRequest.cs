using System.Text.Json;
using JobForge.Domain.Events;

namespace JobForge.Application.Jobs;

/// <summary>The optional body of approve, reject, cancel and rollback: <c>{comment?, actor_id?, rollback?}</c>.</summary>
/// <param name="Comment">A reason, at most 1,000 characters.</param>
/// <param name="ActorId">Who decides, when the key acts for a person.</param>
/// <param name="Rollback">For cancel: compensate completed steps (default false).</param>
public sealed record RunDecisionRequest(string? Comment, string? ActorId, bool Rollback)
{
    /// <summary>The largest body accepted: 16 KiB.</summary>
    public const long MaxBodyBytes = 16 * 1024;

    /// <summary>Reads <paramref name="body"/> (null: an empty body); problems list every bad field with its path.</summary>
    public static (RunDecisionRequest? Request, List<ValidationProblem> Problems) Parse(JsonElement? body, bool allowRollback)
    {
        var problems = new List<ValidationProblem>();
        if (body is not { } root)
        {
            return (new RunDecisionRequest(null, null, false), problems);
        }

        if (root.ValueKind != JsonValueKind.Object)
        {
            problems.Add(new ValidationProblem("$", ValidationProblemCodes.WrongType, "the body must be a JSON object"));
            return (null, problems);
        }

        string? comment = null, actor = null;
        var rollback = false;
        foreach (var property in root.EnumerateObject())
        {
            switch (property.Name)
            {
                case "comment" when property.Value.ValueKind == JsonValueKind.String && property.Value.GetString()!.Length <= 1000:
                    comment = property.Value.GetString();
                    break;
                case "comment":
                    problems.Add(new ValidationProblem("$.comment", ValidationProblemCodes.WrongType, "a string of at most 1000 characters"));
                    break;
                case "actor_id" when property.Value.ValueKind == JsonValueKind.String && StorageSafeId.IsValid(property.Value.GetString(), StorageSafeId.MaxScopeIdLength):
                    actor = property.Value.GetString();
                    break;
                case "actor_id":
                    problems.Add(new ValidationProblem("$.actor_id", ValidationProblemCodes.InvalidFormat, "1-64 of " + StorageSafeId.AllowedCharactersDescription));
                    break;
                case "rollback" when allowRollback && property.Value.ValueKind is JsonValueKind.True or JsonValueKind.False:
                    rollback = property.Value.GetBoolean();
                    break;
                case "rollback" when allowRollback:
                    problems.Add(new ValidationProblem("$.rollback", ValidationProblemCodes.WrongType, "a boolean"));
                    break;
                default:
                    var name = property.Name.Length > 64 ? property.Name[..64] + "…" : property.Name;
                    problems.Add(new ValidationProblem("$." + name, ValidationProblemCodes.UnknownField,
                        allowRollback ? "known fields: comment, actor_id, rollback" : "known fields: comment, actor_id"));
                    break;
            }
        }

        return problems.Count > 0 ? (null, problems) : (new RunDecisionRequest(comment, actor, rollback), problems);
    }
}
