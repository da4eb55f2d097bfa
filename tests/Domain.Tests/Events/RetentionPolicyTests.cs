using JobForge.Domain.Events;
using static JobForge.Domain.Tests.Events.EventTestData;

namespace JobForge.Domain.Tests.Events;

public sealed class RetentionPolicyTests
{
    private static readonly TimeSpan Default = TimeSpan.FromDays(90);
    private static readonly TimeSpan Pii = TimeSpan.FromDays(30);

    private static EventEnvelope Envelope(bool pii = false, int? days = null) => Parse(Minimal).Envelope! with
    {
        ContainsPii = pii,
        RedactionHints = days is null ? null : new RedactionHints { RetentionDays = days },
    };

    [Theory]
    [InlineData(false, null, 90)]
    [InlineData(true, null, 30)]
    [InlineData(false, 1, 1)]
    [InlineData(true, 365, 365)]
    [InlineData(false, 3650, 3650)]
    public void ExpiresAt_Envelope_UsesRetentionDaysElsePiiElseDefault(bool pii, int? days, int expectedDays)
    {
        Assert.Equal(Now.AddDays(expectedDays), RetentionPolicy.ExpiresAt(Envelope(pii, days), Now, Default, Pii));
    }

    [Theory]
    [InlineData("0", false)]
    [InlineData("1", true)]
    [InlineData("3650", true)]
    [InlineData("3651", false)]
    [InlineData("1.5", false)]
    [InlineData("-1", false)]
    [InlineData("1e400", false)]
    public void Parse_RetentionDays_IsBoundedToTenYears(string raw, bool valid)
    {
        var result = Parse(With("redaction_hints", "{\"retention_days\":" + raw + "}"));

        Assert.Equal(valid, result.IsValid);
    }

    [Fact]
    public void ExpiresAt_NearMaxValue_ClampsInsteadOfOverflowing()
    {
        Assert.Equal(DateTimeOffset.MaxValue, RetentionPolicy.ExpiresAt(Envelope(days: 3650), DateTimeOffset.MaxValue.AddDays(-1), Default, Pii));
    }

    [Theory]
    [InlineData(0, 30)]
    [InlineData(90, 0)]
    [InlineData(30, 90)]
    public void ExpiresAt_BadRetentionSettings_Throw(int defaultDays, int piiDays)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() =>
            RetentionPolicy.ExpiresAt(Envelope(), Now, TimeSpan.FromDays(defaultDays), TimeSpan.FromDays(piiDays)));
    }
}
