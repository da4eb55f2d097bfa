using JobForge.Application.Contracts;

namespace JobForge.Fuzz.Targets;

/// <summary>
/// <c>PUT /api/v1/templates/{key}</c> with a YAML body: the YAML contract reader, then every check of the contract
/// (template parser, input schema, security scan, permission analysis) and the GitHub workflow export of an accepted one.
/// </summary>
public static class YamlContractTarget
{
    /// <summary>Runs one input.</summary>
    public static void Run(byte[] data)
    {
        var (document, problem) = YamlContractReader.Convert(FuzzInput.Text(data));
        FuzzInput.Check((document is null) != (problem is null), "the reader returns a document or a problem");
        if (document is null)
        {
            return;
        }

        using (document)
        {
            var (template, problems, _) = ContractCheck.Run(document.RootElement, "fuzz.contract");
            FuzzInput.Check((template is null) == (problems.Count > 0), "a contract is accepted exactly when it has no problem");
            if (template is not null)
            {
                _ = GitHubWorkflowWriter.Write(template);
            }
        }
    }
}
