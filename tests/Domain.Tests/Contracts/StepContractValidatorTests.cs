using JobForge.Domain.Contracts;

namespace JobForge.Domain.Tests.Contracts;

public sealed class StepContractValidatorTests
{
    [Fact]
    public void Validate_ValidContract_OrdersStepsByReferencesAndDependsOn()
    {
        var steps = new[]
        {
            new StepContract("fetch") { With = ContractJson.Parse("""{"url":"https://x/${{ inputs.id }}"}""") },
            new StepContract("apply") { With = ContractJson.Parse("""{"v":"${{ steps.fetch.outputs.body }}"}"""), Compensate = "undo", DependsOn = ["audit"] },
            new StepContract("undo") { IsCompensation = true, With = ContractJson.Parse("""{"id":"${{ steps.apply.outputs.id }}"}""") },
            new StepContract("audit"),
        };

        var result = StepContractValidator.Validate(steps, new HashSet<string>(["id"]));

        Assert.True(result.IsValid, string.Join("; ", result.Problems.Select(p => p.Message)));
        Assert.Equal(["fetch", "audit", "apply"], result.ExecutionOrder);
        Assert.Equal(["audit", "fetch"], result.Dependencies["apply"]);
    }

    [Fact]
    public void Validate_BadReferences_AreReportedOnceAtTheExactString()
    {
        var steps = new[]
        {
            new StepContract("a") { With = ContractJson.Parse("""{"x":["${{ steps.b.outputs.y }}"],"s":"${{ secrets.KEY }}","i":"${{ inputs.nope }}"}""") },
            new StepContract("b") { DependsOn = ["a", "ghost"] },
        };

        var result = StepContractValidator.Validate(steps, new HashSet<string>(["id"]), secretsAllowed: false);

        Assert.Equal(
        [
            ("$.steps[0].with.x[0]", ContractProblemCodes.LaterStep),
            ("$.steps[0].with.s", ContractProblemCodes.SecretsNotAllowed),
            ("$.steps[0].with.i", ContractProblemCodes.UnknownInput),
            ("$.steps[1].depends_on[1]", ContractProblemCodes.UnknownStep),
        ], result.Problems.Select(p => (p.Path, p.Code)));
        Assert.Equal(["a", "b"], result.ExecutionOrder);
    }
}
