namespace JobForge.TestKit.Time;

/// <summary>
/// The instant the tests' <c>FakeTimeProvider</c> starts at when a test does not care which instant it is:
/// 2026-01-01T00:00:00Z, so dates in fixtures read as the present rather than FakeTimeProvider's default of 2000.
/// </summary>
public static class TestClock
{
    /// <summary>2026-01-01T00:00:00Z.</summary>
    public static readonly DateTimeOffset Start = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
}
