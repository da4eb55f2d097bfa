using JobForge.Domain.Artifacts;

namespace JobForge.Domain.Tests.Artifacts;

public sealed class ArtifactNameTests
{
    [Theory]
    [InlineData("inputs.json")]
    [InlineData("step-fetch.outputs.json")]
    [InlineData("A_b-9.tar.gz")]
    public void IsValid_SafeNames_AreAccepted(string name) => Assert.True(ArtifactName.IsValid(name));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(".env")]
    [InlineData("../x")]
    [InlineData("steps/a.json")]
    [InlineData("%2e%2e")]
    [InlineData("a b")]
    [InlineData("é.txt")]
    [InlineData("a\\b")]
    [InlineData("inputs.json.")]
    [InlineData("a..")]
    public void IsValid_HostileNames_AreRefused(string? name) => Assert.False(ArtifactName.IsValid(name));

    [Fact]
    public void IsValid_LengthLimit_Is128() =>
        Assert.Equal((true, false), (ArtifactName.IsValid(new string('a', 128)), ArtifactName.IsValid(new string('a', 129))));

    [Theory]
    [InlineData("manifest.json", true)]
    [InlineData("step-x.outputs.json", true)]
    [InlineData("lint.log", false)]
    public void IsReserved_JobForgeNames_AreReserved(string name, bool reserved) => Assert.Equal(reserved, EvidenceArtifactNames.IsReserved(name));
}
