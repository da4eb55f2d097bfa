using JobForge.Domain.Policy;

namespace JobForge.Domain.Tests.Policy;

public sealed partial class PolicyTokenValidatorTests
{
    public static TheoryData<string> BadClaims() => new()
    {
        "not json",
        "[1,2]",
        IndependentTokenMinter.Claims(Now - 10, Now + 3600).Replace("\"tid\":\"acme\",", string.Empty, StringComparison.Ordinal),
        IndependentTokenMinter.Claims(Now - 10, Now + 3600, jti: "not-a-uuid"),
        IndependentTokenMinter.Claims(Now - 10, Now + 3600, scopes: "[]"),
        IndependentTokenMinter.Claims(Now - 10, Now + 3600, scopes: "[" + string.Join(",", Enumerable.Range(0, 65).Select(i => "\"s" + i + "\"")) + "]"),
        IndependentTokenMinter.Claims(Now - 10, Now + 3600, actor: new string('a', 257)),
        IndependentTokenMinter.Claims(Now - 10, Now + 3600).Replace("\"ver\":\"1\"", "\"ver\":\"2\"", StringComparison.Ordinal),
        IndependentTokenMinter.Claims(Now - 10, Now + 3600, extra: ",\"tid\":\"other\""),
        IndependentTokenMinter.Claims(Now + 10, Now),
        IndependentTokenMinter.Claims(Now - 10, Now + 3600).Replace("\"exp\":" + (Now + 3600), "\"exp\":\"soon\"", StringComparison.Ordinal),
        IndependentTokenMinter.Claims(Now - 10, Now + 3600, extra: ",\"ctx\":[1]"),
    };

    [Theory]
    [MemberData(nameof(BadClaims))]
    public async Task Validate_SignedButBadClaims_IsInvalidPayload(string claims)
    {
        var decision = await Validator().ValidateAsync(Token(claims), Check, NowTime);

        Assert.Equal(PolicyDenyReasons.InvalidPayload, decision.Reason);
        Assert.Null(decision.Claims);
    }

    [Theory]
    [InlineData(60, true)]
    [InlineData(61, false)]
    public async Task Validate_AroundExpiry_AllowsSixtySecondsOfSkew(long secondsPastExpiry, bool allowed)
    {
        var token = Token(IndependentTokenMinter.Claims(Now - 3600, Now));

        var decision = await Validator().ValidateAsync(token, Check, NowTime.AddSeconds(secondsPastExpiry));

        Assert.Equal(allowed, decision.Allowed);
        Assert.Equal(allowed ? null : PolicyDenyReasons.Expired, decision.Reason);
    }

    [Theory]
    [InlineData(60, true)]
    [InlineData(61, false)]
    public async Task Validate_IssuedInTheFuture_AllowsSixtySecondsOfSkew(long secondsAhead, bool allowed)
    {
        var token = Token(IndependentTokenMinter.Claims(Now + secondsAhead, Now + 3600));

        var decision = await Validator().ValidateAsync(token, Check, NowTime);

        Assert.Equal(allowed ? null : PolicyDenyReasons.IssuedInFuture, decision.Reason);
    }

    [Fact]
    public async Task Validate_RevokedToken_IsRevoked_AndExpiryIsCheckedFirst()
    {
        _revocations.Revoked.Add("0b8f6f5e-2f35-4a4e-9a57-3c2f0e6b1a11");

        var revoked = await Validator().ValidateAsync(Token(), Check, NowTime);
        var expired = await Validator().ValidateAsync(Token(), Check, NowTime.AddHours(2));

        Assert.Equal(PolicyDenyReasons.Revoked, revoked.Reason);
        Assert.NotNull(revoked.Claims);
        Assert.Equal(PolicyDenyReasons.Expired, expired.Reason);
    }

    [Fact]
    public async Task Validate_TokenForAnotherTenant_IsTenantMismatch()
    {
        var decision = await Validator().ValidateAsync(Token(IndependentTokenMinter.Claims(Now, Now + 60, tenant: "globex")), Check, NowTime);

        Assert.Equal(PolicyDenyReasons.TenantMismatch, decision.Reason);
        Assert.Equal("globex", decision.Claims!.TenantId);
    }

    [Theory]
    [InlineData("web", "web", null)]
    [InlineData(null, "web", null)]
    [InlineData("web", "api", PolicyDenyReasons.ProjectMismatch)]
    [InlineData("web", null, PolicyDenyReasons.ProjectMismatch)]
    public async Task Validate_Project_MatchesOrIsTenantWide(string? tokenProject, string? checkProject, string? reason)
    {
        var token = Token(IndependentTokenMinter.Claims(Now, Now + 60, project: tokenProject));

        var decision = await Validator().ValidateAsync(token, Check with { ProjectId = checkProject }, NowTime);

        Assert.Equal(reason, decision.Reason);
    }

    [Fact]
    public async Task Validate_AnotherActorNoActorOrAnotherAction_IsDeniedNamingWhatDiffered()
    {
        var actor = await Validator().ValidateAsync(Token(), Check with { ActorId = "bob" }, NowTime);
        var action = await Validator().ValidateAsync(Token(), Check with { Action = "autopilot.ops.delete" }, NowTime);
        var anyActor = await Validator().ValidateAsync(Token(), Check with { ActorId = null }, NowTime);

        Assert.Equal(PolicyDenyReasons.ActorMismatch, actor.Reason);
        Assert.Equal(PolicyDenyReasons.ActionMismatch, action.Reason);
        Assert.Contains("'autopilot.ops.delete'", action.Detail, StringComparison.Ordinal);
        Assert.Contains("'autopilot.ops.apply'", action.Detail, StringComparison.Ordinal);
        Assert.Equal(PolicyDenyReasons.ActorMismatch, anyActor.Reason);
    }

    [Fact]
    public async Task Validate_ATokenForANamedActor_DoesNotAuthorizeARequestNamingNoActor()
    {
        var decision = await Validator().ValidateAsync(Token(), Check with { ActorId = null }, NowTime);

        Assert.False(decision.Allowed);
        Assert.Equal(PolicyDenyReasons.ActorMismatch, decision.Reason);
        Assert.Contains("names none", decision.Detail, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("[\"ops:*\"]", "ops:apply", true)]
    [InlineData("[\"*\"]", "support:write", true)]
    [InlineData("[\"ops:apply\"]", "ops:apply", true)]
    [InlineData("[\"ops:*\"]", "support:write", false)]
    [InlineData("[\"ops:read\"]", "ops:apply", false)]
    [InlineData("[\"ops:\"]", "ops:apply", false)]
    public async Task Validate_ScopeWildcards_CoverRequiredScopes(string granted, string required, bool allowed)
    {
        var token = Token(IndependentTokenMinter.Claims(Now, Now + 60, scopes: granted));

        var decision = await Validator().ValidateAsync(token, Check with { RequiredScopes = [required] }, NowTime);

        Assert.Equal(allowed, decision.Allowed);
        Assert.Equal(allowed ? null : PolicyDenyReasons.MissingScopes, decision.Reason);
    }

    [Fact]
    public async Task Validate_MissingScopes_NamesEachMissingScope()
    {
        var decision = await Validator().ValidateAsync(Token(), Check with { RequiredScopes = ["ops:apply", "ops:delete", "billing:write"] }, NowTime);

        Assert.Equal(PolicyDenyReasons.MissingScopes, decision.Reason);
        Assert.Contains("ops:delete, billing:write", decision.Detail, StringComparison.Ordinal);
    }
}
