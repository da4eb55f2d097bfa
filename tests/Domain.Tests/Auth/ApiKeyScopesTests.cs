using JobForge.Domain.Auth;

namespace JobForge.Domain.Tests.Auth;

public sealed class ApiKeyScopesTests
{
    [Theory]
    [InlineData("events:write")]
    [InlineData("events:read")]
    [InlineData("events:pii")]
    [InlineData("jobs:write")]
    [InlineData("jobs:read")]
    [InlineData("jobs:approve")]
    [InlineData("templates:admin")]
    [InlineData("triggers:admin")]
    [InlineData("policy:issue")]
    [InlineData("audit:read")]
    [InlineData("admin")]
    [InlineData("events:*")]
    [InlineData("jobs:*")]
    [InlineData("ops:*")]
    [InlineData("ops:write")]
    [InlineData("support:read")]
    [InlineData("growth:write")]
    [InlineData("finops:read")]
    [InlineData("core:write")]
    [InlineData("*")]
    public void IsValid_KnownScope_IsTrue(string scope) => Assert.True(ApiKeyScopes.IsValid(scope));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("root")]
    [InlineData("Events:write")]
    [InlineData("events:delete")]
    [InlineData("events:")]
    [InlineData(":*")]
    [InlineData("admin:*")]
    [InlineData("unknown:*")]
    [InlineData("ops:approve")]
    [InlineData("events:write ")]
    [InlineData("**")]
    [InlineData("events:*:*")]
    public void IsValid_OtherString_IsFalse(string? scope) => Assert.False(ApiKeyScopes.IsValid(scope));

    [Theory]
    [InlineData("*", "admin", true)]
    [InlineData("*", "events:write", true)]
    [InlineData("events:*", "events:write", true)]
    [InlineData("events:*", "events:pii", true)]
    [InlineData("events:*", "jobs:read", false)]
    [InlineData("events:*", "eventsx:read", false)]
    [InlineData("events:*", "admin", false)]
    [InlineData("events:write", "events:read", false)]
    [InlineData("admin", "admin", true)]
    [InlineData("ops:*", "ops:write", true)]
    public void Caller_HasScope_FollowsTheGrantRules(string granted, string required, bool expected) =>
        Assert.Equal(expected, new Caller("k", "t", [granted]).HasScope(required));

    [Fact]
    public void Caller_CoversTenant_OnlyItsOwnUnlessAllTenants()
    {
        Assert.True(new Caller("k", "acme", ["*"]).CoversTenant("acme"));
        Assert.False(new Caller("k", "acme", ["*"]).CoversTenant("ACME"));
        Assert.True(new Caller("k", null, ["*"]).CoversTenant("anything"));
    }
}
