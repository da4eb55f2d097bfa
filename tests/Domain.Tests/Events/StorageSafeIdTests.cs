using JobForge.Domain.Events;

namespace JobForge.Domain.Tests.Events;

public sealed class StorageSafeIdTests
{
    [Theory]
    [InlineData("acme", true)]
    [InlineData("a_b.c:d-e", true)]
    [InlineData("9lives", true)]
    [InlineData("_system", false)]
    [InlineData(".hidden", false)]
    [InlineData("-dash", false)]
    [InlineData(":colon", false)]
    [InlineData("", false)]
    [InlineData("a/b", false)]
    public void IsValid_RequiresAllowedCharactersStartingWithALetterOrDigit(string value, bool valid)
    {
        Assert.Equal(valid, StorageSafeId.IsValid(value, 64));
    }
}
