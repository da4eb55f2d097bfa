namespace JobForge.Domain.Events;

/// <summary>
/// Collects problems up to <see cref="ValidationProblemCodes.ProblemLimit"/>; past that it records one
/// <see cref="ValidationProblemCodes.TooManyProblems"/> marker and drops the rest, so memory stays bounded.
/// </summary>
internal sealed class ProblemCollector
{
    private readonly List<ValidationProblem> _problems = [];
    private bool _truncated;

    /// <summary>Whether any problem was recorded.</summary>
    public bool HasProblems => _problems.Count > 0;

    /// <summary>How many problems were recorded (the truncation marker included).</summary>
    public int Count => _problems.Count;

    /// <summary>Whether the limit was reached, so further walking is pointless.</summary>
    public bool IsFull => _truncated;

    /// <summary>Records a problem (or the truncation marker once the limit is reached).</summary>
    public void Add(string path, string code, string message)
    {
        if (_problems.Count < ValidationProblemCodes.ProblemLimit)
        {
            _problems.Add(new ValidationProblem(path, code, message));
        }
        else if (!_truncated)
        {
            _truncated = true;
            _problems.Add(new ValidationProblem(
                "$",
                ValidationProblemCodes.TooManyProblems,
                $"more than {ValidationProblemCodes.ProblemLimit} problems; the rest are not listed"));
        }
    }

    /// <summary>The problems recorded, as an immutable snapshot.</summary>
    public IReadOnlyList<ValidationProblem> ToList() => _problems.ToArray();
}
