using System.Text.Json;
using JobForge.Domain.Contracts;

namespace JobForge.Domain.Tests.Contracts;

/// <summary>Hostile and random input never throws and stays bounded.</summary>
public sealed class ContractTotalityTests
{
    private const string Alphabet = "${} .[]0aZ_-\t\n}{$$";

    [Fact]
    public void Parse_RandomText_NeverThrowsAndPositionsAreInRange()
    {
        var random = new Random(20261201);
        for (var i = 0; i < 5000; i++)
        {
            var text = new string(Enumerable.Range(0, random.Next(0, 120)).Select(_ => Alphabet[random.Next(Alphabet.Length)]).ToArray());
            var prefixed = random.Next(2) == 0 ? text : "${{ inputs.a" + text;

            var result = ExpressionParser.Parse(prefixed);

            if (result.Error is { } error)
            {
                Assert.InRange(error.Position, 0, prefixed.Length);
            }
            else
            {
                Assert.All(result.Value!.Expressions, e => Assert.InRange(e.Position, 0, prefixed.Length - 1));
            }
        }
    }

    [Fact]
    public void Resolve_UnpairedSurrogatesAndDeepNesting_DoNotThrow()
    {
        var deep = new string('[', 70) + "\"${{ run.id }}\"" + new string(']', 70);
        var with = JsonDocument.Parse("""{"a":"\ud800 ${{ run.id }}","b":""" + deep + "}", new JsonDocumentOptions { MaxDepth = 200 }).RootElement;
        var context = new ExpressionResolutionContext(new RunExpressionValues("r", "t", 1), _ => null)
        {
            Inputs = JsonDocument.Parse("""{"\ud800":1,"x":"\udc00"}""").RootElement,
        };

        var result = ExpressionResolver.Resolve(with, context);
        var surrogate = ExpressionResolver.Resolve(JsonDocument.Parse("""{"v":"${{ inputs.x }}","w":"<${{ inputs.x }}>"}""").RootElement, context);

        Assert.Equal(ResolutionErrorKind.TooDeep, Assert.Single(result.Errors).Kind);
        Assert.True(surrogate.IsSuccess);
    }

    [Fact]
    public void Scan_HostileTree_IsBoundedAndTotal()
    {
        var huge = new string('A', 200_000);
        var deep = new string('[', 100) + "\"AKIAIOSFODNN7EXAMPLE\"" + new string(']', 100);
        var json = JsonDocument.Parse("{\"\\ud800\":\"\\ud800x\",\"type\":\"service_account\",\"h\":\"" + huge + "\",\"d\":" + deep + "}", new JsonDocumentOptions { MaxDepth = 200 }).RootElement;

        var findings = ContractSecurityScanner.Scan(json, new SecurityScanOptions { EntropyEverywhere = true });

        Assert.Empty(findings);
    }

    [Fact]
    public void StepGraph_NullIdsAndLists_AreProblemsNotExceptions()
    {
        var steps = new[] { new StepNode(null!) { DependsOn = null!, ReferencedSteps = null! }, new StepNode("b") { DependsOn = [null!] } };

        var result = StepGraph.Analyze(steps);

        Assert.Equal([ContractProblemCodes.InvalidStepId, ContractProblemCodes.UnknownStep], result.Problems.Select(p => p.Code));
    }
}
