using System.Text;
using System.Text.Json;
using JobForge.Domain.Artifacts;
using JobForge.Domain.Runs;
using static JobForge.Domain.Tests.Artifacts.EvidenceFixtures;

namespace JobForge.Domain.Tests.Artifacts;

public sealed class ReplayBundleTests
{
    private static ReplayBundle Bundle() => ReplayBundleBuilder.Build(NewRun(), State(), Provenance);

    [Fact]
    public void Build_IssueExampleInputs_AreCanonicalWithTheKnownDigest()
    {
        var bundle = Bundle();

        Assert.Equal("""{"a":1,"b":2}""", bundle.Inputs.CanonicalJson);
        Assert.Equal("43258cff783fe7036d8a43033f830adfc60ec037382473548ac742b888292777", bundle.Inputs.Sha256);
        Assert.Equal(CanonicalJson.Sha256Hex(NewRun().TemplateJson), bundle.Template.Sha256);
        Assert.Equal(("1.0", "succeeded"), (bundle.BundleVersion, bundle.Status));
        Assert.Equal(["fetch:http:succeeded:2", "shape:transform:succeeded:1"], bundle.Steps.Select(s => $"{s.Id}:{s.Uses}:{s.Status}:{s.Attempts}"));
        Assert.Equal(2, bundle.Steps[1].Outputs!.Value.GetProperty("count").GetInt32());
    }

    [Fact]
    public void Verify_BuiltBundleRoundTrippedThroughJson_HasNoProblems()
    {
        var json = EvidenceJson.Write(Bundle());
        var read = EvidenceJson.TryRead<ReplayBundle>(Encoding.UTF8.GetBytes(json), out var problem);

        Assert.Null(problem);
        Assert.Empty(ReplayBundleVerifier.Verify(read));
        Assert.Equal(json, EvidenceJson.Write(read));
    }

    [Fact]
    public void Verify_TamperedInputs_ReportsTheInputsHash()
    {
        var bundle = Bundle() with { Inputs = Bundle().Inputs with { CanonicalJson = """{"a":1,"b":3}""" } };

        var problem = Assert.Single(ReplayBundleVerifier.Verify(bundle));

        Assert.Equal(("$.inputs.sha256", ReplayBundleVerifier.HashMismatch), (problem.Path, problem.Code));
    }

    [Fact]
    public void Verify_NonCanonicalInputsWithMatchingHash_ReportsNotCanonical()
    {
        const string Spaced = """{"b":2, "a":1}""";
        var bundle = Bundle() with { Inputs = new ReplayInputs(Spaced, CanonicalJson.Sha256Hex(Spaced)) };

        var problem = Assert.Single(ReplayBundleVerifier.Verify(bundle));

        Assert.Equal(("$.inputs.canonical_json", ReplayBundleVerifier.NotCanonical), (problem.Path, problem.Code));
    }

    [Fact]
    public void Verify_TamperedTemplate_ReportsTheTemplateHash()
    {
        var bundle = Bundle() with { Template = Bundle().Template with { Json = """{"key":"autopilot.ops.scan","steps":[{"id":"evil"}]}""" } };

        var problem = Assert.Single(ReplayBundleVerifier.Verify(bundle));

        Assert.Equal(("$.template.sha256", ReplayBundleVerifier.HashMismatch), (problem.Path, problem.Code));
    }

    [Fact]
    public void Verify_MissingPartsAndBadIds_ReportsEachWithItsPath()
    {
        var bundle = Bundle() with { BundleVersion = "2.0", RunId = "run_x", TenantId = "a/b", Template = null!, Steps = [Bundle().Steps[0], Bundle().Steps[0]] };

        var paths = ReplayBundleVerifier.Verify(bundle).Select(p => p.Path).ToList();

        Assert.Equal(["$.bundle_version", "$.run_id", "$.tenant_id", "$.template", "$.steps[1].id"], paths);
    }

    [Theory]
    [InlineData("""{"bundle_version":"1.0"}""")]
    [InlineData("""{"bundle_version":1}""")]
    [InlineData("[1,2]")]
    public void TryRead_NotABundle_ReturnsNullWithAProblem(string json)
    {
        Assert.Null(EvidenceJson.TryRead<ReplayBundle>(Encoding.UTF8.GetBytes(json), out var problem));
        Assert.NotNull(problem);
    }
}
