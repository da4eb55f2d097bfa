using System.Text;
using JobForge.Domain.Events;
using JobForge.Storage.Protection;

namespace JobForge.Storage.Tests.Protection;

public sealed class AesGcmFieldProtectorTests
{
    private static readonly string KeyA = Convert.ToBase64String(Enumerable.Range(1, 32).Select(i => (byte)i).ToArray());
    private static readonly string KeyB = Convert.ToBase64String(Enumerable.Range(101, 32).Select(i => (byte)i).ToArray());
    private static readonly FieldProtectionContext Context = new("tenant-a", "evt-1");

    [Fact]
    public void Protect_ThenUnprotect_RoundTripsAndHidesThePlaintext()
    {
        var protector = Protector("a", ("a", KeyA));

        var sealedValue = protector.Protect("\"alice@example.com\"", Context);

        Assert.StartsWith("enc:v1:a:", sealedValue, StringComparison.Ordinal);
        Assert.DoesNotContain("alice", sealedValue, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("alice", Encoding.UTF8.GetString(Convert.FromBase64String(Pad(sealedValue["enc:v1:a:".Length..]))), StringComparison.Ordinal);
        Assert.True(protector.TryUnprotect(sealedValue, Context, out var plaintext));
        Assert.Equal("\"alice@example.com\"", plaintext);
    }

    [Fact]
    public void Protect_SameValueTwice_GivesDifferentCiphertexts()
    {
        var protector = Protector("a", ("a", KeyA));

        Assert.NotEqual(protector.Protect("42", Context), protector.Protect("42", Context));
    }

    [Fact]
    public void Unprotect_AfterRotation_OldKeyStillDecryptsAndNewKeyEncrypts()
    {
        var before = Protector("a", ("a", KeyA)).Protect("\"old\"", Context);
        var rotated = Protector("b", ("a", KeyA), ("b", KeyB));

        Assert.True(rotated.TryUnprotect(before, Context, out var old));
        Assert.Equal("\"old\"", old);
        Assert.StartsWith("enc:v1:b:", rotated.Protect("\"new\"", Context), StringComparison.Ordinal);
    }

    [Fact]
    public void Unprotect_WithRetiredKeyRemoved_Fails()
    {
        var before = Protector("a", ("a", KeyA)).Protect("\"old\"", Context);

        Assert.False(Protector("b", ("b", KeyB)).TryUnprotect(before, Context, out _));
    }

    [Theory]
    [InlineData("tenant-b", "evt-1")]
    [InlineData("tenant-a", "evt-2")]
    public void Unprotect_InAnotherTenantOrEvent_Fails(string tenant, string eventId)
    {
        var protector = Protector("a", ("a", KeyA));
        var sealedValue = protector.Protect("\"secret\"", Context);

        Assert.False(protector.TryUnprotect(sealedValue, new FieldProtectionContext(tenant, eventId), out _));
    }

    [Theory]
    [InlineData("")]
    [InlineData("plain text")]
    [InlineData("enc:v1:")]
    [InlineData("enc:v1:a:")]
    [InlineData("enc:v1:a:!!!not-base64!!!")]
    [InlineData("enc:v1:zz:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    [InlineData("enc:v1:a:AAAA")]
    public void Unprotect_Garbage_FailsWithoutThrowing(string value)
    {
        Assert.False(Protector("a", ("a", KeyA)).TryUnprotect(value, Context, out _));
    }

    [Fact]
    public void Unprotect_TamperedCiphertext_Fails()
    {
        var protector = Protector("a", ("a", KeyA));
        var sealedValue = protector.Protect("\"secret\"", Context).ToCharArray();
        sealedValue[^3] = sealedValue[^3] == 'A' ? 'B' : 'A';

        Assert.False(protector.TryUnprotect(new string(sealedValue), Context, out _));
    }

    [Fact]
    public void Protect_WithoutActiveKey_IsUnavailable()
    {
        var protector = Protector(null, ("a", KeyA));

        Assert.False(protector.CanProtect);
        Assert.Throws<InvalidOperationException>(() => protector.Protect("1", Context));
    }

    [Theory]
    [InlineData("a", "c2hvcnQ=", "'JobForge:Events:Encryption:Keys:a' must be base64 of exactly 32")]
    [InlineData("bad id!", null, "key ids")]
    [InlineData("missing", null, "'JobForge:Events:Encryption:ActiveKeyId' names 'missing'")]
    public void Validate_BadSettings_NameTheKey(string keyId, string? key, string expected)
    {
        var options = new FieldProtectionOptions { ActiveKeyId = keyId };
        if (key is not null || keyId.Contains(' ', StringComparison.Ordinal))
        {
            options.Keys[keyId] = key ?? KeyA;
        }

        var result = new FieldProtectionOptionsValidator().Validate(null, options);

        Assert.True(result.Failed);
        Assert.Contains(expected, result.FailureMessage, StringComparison.Ordinal);
        Assert.DoesNotContain(KeyA, result.FailureMessage, StringComparison.Ordinal);
    }

    private static AesGcmFieldProtector Protector(string? active, params (string Id, string Key)[] keys)
    {
        var options = new FieldProtectionOptions { ActiveKeyId = active };
        foreach (var (id, key) in keys)
        {
            options.Keys[id] = key;
        }

        return new AesGcmFieldProtector(options);
    }

    private static string Pad(string base64Url)
    {
        var text = base64Url.Replace('-', '+').Replace('_', '/');
        return text + new string('=', (4 - text.Length % 4) % 4);
    }
}
