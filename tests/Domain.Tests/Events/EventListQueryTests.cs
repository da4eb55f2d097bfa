using JobForge.Domain.Events;

namespace JobForge.Domain.Tests.Events;

public sealed class EventListQueryTests
{
    private static EventListQueryParseResult Parse(params (string Key, string? Value)[] parameters) =>
        EventListQuery.Parse(parameters.ToDictionary(p => p.Key, p => p.Value));

    [Fact]
    public void Parse_NoParameters_DefaultsLimitToOneHundred()
    {
        var query = Parse().Query!;

        Assert.Equal(new EventListQuery { Limit = 100 }, query);
    }

    [Fact]
    public void Parse_EveryFilter_IsRead()
    {
        var query = Parse(("event_type", "infrastructure.alert"), ("source_app", "keys"), ("source_module", "core"), ("project_id", "p1"),
            ("since", "2025-01-01T00:00:00Z"), ("until", "2025-01-02T00:00:00+01:00"), ("limit", "1000"), ("cursor", "opaque")).Query!;

        Assert.Equal(
            new EventListQuery
            {
                EventType = "infrastructure.alert", SourceApp = SourceApp.Keys, SourceModule = SourceModule.Core, ProjectId = "p1",
                Since = new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero), Until = new DateTimeOffset(2025, 1, 2, 0, 0, 0, TimeSpan.FromHours(1)),
                Limit = 1000, Cursor = "opaque",
            },
            query);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("1001")]
    [InlineData("-1")]
    [InlineData("+5")]
    [InlineData(" 5")]
    [InlineData("5.0")]
    [InlineData("abc")]
    [InlineData("99999999999999999999")]
    public void Parse_LimitOutOfRangeOrNotANumber_IsAProblemAtLimit(string limit)
    {
        var problem = Assert.Single(Parse(("limit", limit)).Problems);

        Assert.Equal(("limit", ValidationProblemCodes.OutOfRange), (problem.Path, problem.Code));
    }

    [Theory]
    [InlineData("1")]
    [InlineData("1000")]
    public void Parse_LimitAtBounds_IsAccepted(string limit)
    {
        Assert.Equal(int.Parse(limit, System.Globalization.CultureInfo.InvariantCulture), Parse(("limit", limit)).Query!.Limit);
    }

    [Fact]
    public void Parse_SinceAfterUntil_IsAConflict()
    {
        var problem = Assert.Single(Parse(("since", "2025-01-02T00:00:00Z"), ("until", "2025-01-01T00:00:00Z")).Problems);

        Assert.Equal(("since", ValidationProblemCodes.Conflict), (problem.Path, problem.Code));
    }

    [Fact]
    public void Parse_ReceivedBounds_AreReadApartFromTheOccurredBounds()
    {
        var result = Parse(("since", "2025-01-01T00:00:00Z"), ("received_since", "2025-02-01T00:00:00Z"), ("received_until", "2025-02-02T00:00:00Z"));

        Assert.True(result.IsValid);
        Assert.Equal(new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero), result.Query!.Since);
        Assert.Equal(new DateTimeOffset(2025, 2, 1, 0, 0, 0, TimeSpan.Zero), result.Query.ReceivedSince);
        Assert.Equal(new DateTimeOffset(2025, 2, 2, 0, 0, 0, TimeSpan.Zero), result.Query.ReceivedUntil);
        var conflict = Assert.Single(Parse(("received_since", "2025-01-02T00:00:00Z"), ("received_until", "2025-01-01T00:00:00Z")).Problems);
        Assert.Equal(("received_since", ValidationProblemCodes.Conflict), (conflict.Path, conflict.Code));
    }

    [Fact]
    public void Parse_SinceEqualToUntil_IsAccepted()
    {
        Assert.True(Parse(("since", "2025-01-01T00:00:00Z"), ("until", "2025-01-01T01:00:00+01:00")).IsValid);
    }

    [Theory]
    [InlineData("since", "2025-01-01T00:00:00")]
    [InlineData("until", "yesterday")]
    [InlineData("source_app", "Keys")]
    [InlineData("source_module", "billing")]
    [InlineData("event_type", "Bad Type")]
    [InlineData("project_id", "p/1")]
    [InlineData("cursor", "")]
    public void Parse_BadFilterValue_IsAProblemAtItsName(string name, string value)
    {
        Assert.Equal(name, Assert.Single(Parse((name, value)).Problems).Path);
    }

    [Fact]
    public void Parse_CursorOverLength_IsTooLong()
    {
        Assert.True(Parse(("cursor", new string('c', EventListQuery.MaxCursorLength))).IsValid);
        Assert.Equal(ValidationProblemCodes.TooLong, Assert.Single(Parse(("cursor", new string('c', EventListQuery.MaxCursorLength + 1))).Problems).Code);
    }

    [Fact]
    public void Parse_UnknownParameter_IsRejectedWithASuggestion()
    {
        var problem = Assert.Single(Parse(("eventType", "a.b")).Problems);

        Assert.Equal(("eventType", ValidationProblemCodes.UnknownField), (problem.Path, problem.Code));
        Assert.EndsWith("did you mean 'event_type'?", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_NullValue_CountsAsAbsent()
    {
        Assert.Equal(100, Parse(("limit", null)).Query!.Limit);
    }
}
