using System.Text.RegularExpressions;
using JobForge.Domain.Templates;

namespace JobForge.Application.Contracts;

public static partial class GitHubWorkflowWriter
{
    /// <summary>The GitHub environment every approval job waits on; give it required reviewers in the repository settings.</summary>
    public const string ApprovalEnvironment = "jobforge-approval";

    /// <summary>
    /// Steps run in one job, <c>run</c>, until an approval: an <c>approval</c> step, or a step with
    /// <c>requires_approval</c>, starts a new job <c>approve-{id}</c> that <c>needs</c> every earlier job and runs in
    /// the <see cref="ApprovalEnvironment"/> environment, so GitHub holds it until a required reviewer approves.
    /// Compensation steps run last with <c>if: failure()</c>.
    /// </summary>
    private static void WriteJobs(WorkflowEmitter yaml, IReadOnlyList<TemplateStep> steps)
    {
        var compensation = steps.Select(step => step.Compensate).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var jobs = new List<WorkflowJob> { new("run", null) };
        foreach (var step in Order(steps.Where(step => !compensation.Contains(step.Id)).ToList()))
        {
            if (step.Uses == HandlerKinds.Approval || step.RequiresApproval)
            {
                jobs.Add(new WorkflowJob("approve-" + JobIdPart().Replace(step.Id, "-"), step.Id));
            }

            if (step.Uses != HandlerKinds.Approval)
            {
                jobs[^1].Steps.Add(step);
            }
        }

        if (jobs.Count > 1 && jobs[0].Steps.Count == 0)
        {
            jobs.RemoveAt(0);
        }

        var needs = new List<string>();
        foreach (var job in jobs)
        {
            yaml.StartMap(job.Id);
            if (needs.Count > 0)
            {
                yaml.PlainList("needs", needs);
            }

            if (job.ApprovalOf is { } approval)
            {
                yaml.StartMap("environment");
                yaml.Plain("name");
                yaml.Plain(ApprovalEnvironment);
                yaml.EndMap();
                yaml.Pair("name", "Approval: " + approval);
            }

            yaml.Plain("runs-on");
            yaml.Plain("ubuntu-latest");
            yaml.StartList("steps");
            if (job.Steps.Count == 0)
            {
                yaml.StartMap();
                yaml.Pair("name", job.ApprovalOf ?? job.Id);
                yaml.Pair("run", "echo 'Approved in the " + ApprovalEnvironment + " environment.'");
                yaml.EndMap();
            }

            foreach (var step in job.Steps)
            {
                WriteStep(yaml, step, compensating: false);
            }

            if (job == jobs[^1])
            {
                foreach (var step in steps.Where(step => compensation.Contains(step.Id)))
                {
                    WriteStep(yaml, step, compensating: true);
                }
            }

            yaml.EndList();
            yaml.EndMap();
            needs.Add(job.Id);
        }
    }

    /// <summary>The steps GitHub has no equivalent for, as one plain sentence (or null when every step has one).</summary>
    private static string? Unsupported(IReadOnlyList<TemplateStep> steps)
    {
        var missing = steps.Where(step => !HasEquivalent(step.Uses)).Select(step => $"'{step.Id}' ({step.Uses})").ToList();
        return missing.Count == 0
            ? null
            : "No GitHub Actions equivalent, so these steps only print their inputs (JOBFORGE_WITH): " + string.Join(", ", missing) + ".";
    }

    private static bool HasEquivalent(string uses) =>
        uses is HandlerKinds.Http or HandlerKinds.AutopilotModule or HandlerKinds.Command or HandlerKinds.Delay or HandlerKinds.Approval;

    [GeneratedRegex("[^A-Za-z0-9_-]", RegexOptions.CultureInvariant)]
    private static partial Regex JobIdPart();

    private sealed record WorkflowJob(string Id, string? ApprovalOf)
    {
        public List<TemplateStep> Steps { get; } = [];
    }
}
