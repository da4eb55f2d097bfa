using JobForge.Domain.Errors;
using JobForge.Domain.Events;
using JobForge.Domain.Templates;
using JobForge.Application.Auth;
using JobForge.Application.Errors;
using JobForge.Application.Templates;

namespace JobForge.Application.Contracts;

public static partial class ContractEndpoints
{
    /// <summary>
    /// Registers a contract as a new template version, audited as <c>template_registered</c>. 201 with permission
    /// warnings; 200 for the same version with identical content (idempotent); 400 <c>validation_failed</c> naming every
    /// problem with its path (parser, contract rule, secrets, permissions); 403 for a tenant-scoped key or a built-in
    /// (<c>autopilot.*</c>) key; 409 <c>conflict</c> when the version is not greater than the latest, the version exists
    /// with other content, or a concurrent writer moved the latest pointer first.
    /// </summary>
    public static async Task<IResult> RegisterAsync(HttpContext context, string key, [AsParameters] TemplateEndpointServices services, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(services);
        if (context.GetCaller() is not { IsAllTenants: true })
        {
            return ErrorResults.Problem(context, StatusCodes.Status403Forbidden, ErrorType.Forbidden,
                "Templates are shared by every tenant: registering one needs an all-tenant key with templates:admin.");
        }

        if (!TemplateKey.IsValid(key))
        {
            return Invalid(context, [new ContractProblem("key", ValidationProblemCodes.InvalidFormat, "the key must be lowercase dotted segments like 'acme.ops.check'")]);
        }

        if (key.StartsWith("autopilot.", StringComparison.Ordinal) || BuiltInTemplates.Find(key) is not null)
        {
            services.Audit.Record(context, null, "template_registered", "deny", "built_in_key", new Dictionary<string, string> { ["template_key"] = key });
            return ErrorResults.Problem(context, StatusCodes.Status403Forbidden, ErrorType.Forbidden,
                "Keys under 'autopilot.' belong to the built-in templates and cannot be registered.");
        }

        var (document, error) = await ContractRequestBody.ReadAsync(context, MaxContractBytes, cancellationToken);
        if (error is not null)
        {
            return error;
        }

        using (document)
        {
            var (template, problems, warnings) = ContractCheck.Run(document!.RootElement, key);
            if (template is null)
            {
                var reason = problems.Any(p => p.Code == ContractCheck.HardcodedSecretCode) ? "hardcoded_secret" : "invalid_contract";
                services.Audit.Record(context, null, "template_registered", "deny", reason, new Dictionary<string, string> { ["template_key"] = key });
                return Invalid(context, problems);
            }

            return await StoreAsync(context, template, warnings, services, cancellationToken);
        }
    }

    private static IResult Invalid(HttpContext context, IReadOnlyList<ContractProblem> problems) =>
        ErrorResults.Problem(context, StatusCodes.Status400BadRequest, ErrorType.ValidationFailed,
            $"The contract is not valid: {problems.Count} problem(s).", problems);
}
