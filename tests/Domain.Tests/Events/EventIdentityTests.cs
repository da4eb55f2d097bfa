using JobForge.Domain.Events;
using static JobForge.Domain.Tests.Events.EventTestData;

namespace JobForge.Domain.Tests.Events;

public sealed class EventIdentityTests
{
    private const string TraceParent = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";

    [Theory]
    [InlineData(1)]
    [InlineData(255)]
    public void Parse_EventIdWithinLength_IsClientSupplied(int length)
    {
        var id = new string('a', length);

        var envelope = Parse(With("event_id", $"\"{id}\"")).Envelope!;

        Assert.Equal((id, true), (envelope.EventId, envelope.IsClientSuppliedEventId));
    }

    [Fact]
    public void Parse_EventIdWithEveryAllowedCharacter_IsAccepted()
    {
        Assert.True(Parse(With("event_id", "\"AZaz09._:-\"")).IsValid);
    }

    [Theory]
    [InlineData("\"\"", ValidationProblemCodes.InvalidFormat)]
    [InlineData("\"a/b\"", ValidationProblemCodes.InvalidFormat)]
    [InlineData("\"a#b\"", ValidationProblemCodes.InvalidFormat)]
    [InlineData("\"a\\\\b\"", ValidationProblemCodes.InvalidFormat)]
    [InlineData("\"a?b\"", ValidationProblemCodes.InvalidFormat)]
    [InlineData("\"a b\"", ValidationProblemCodes.InvalidFormat)]
    [InlineData("\"a\\u0000b\"", ValidationProblemCodes.InvalidFormat)]
    [InlineData("\"a\\tb\"", ValidationProblemCodes.InvalidFormat)]
    [InlineData("\"é\"", ValidationProblemCodes.InvalidFormat)]
    public void Parse_EventIdWithForbiddenCharacter_IsRejected(string rawJson, string code)
    {
        var problem = Single(Parse(With("event_id", rawJson)));

        Assert.Equal(("$.event_id", code), (problem.Path, problem.Code));
        Assert.DoesNotContain('\0', problem.Message);
    }

    [Fact]
    public void Parse_EventIdOf256Characters_IsTooLong()
    {
        var problem = Single(Parse(With("event_id", $"\"{new string('a', 256)}\"")));

        Assert.Equal(("$.event_id", ValidationProblemCodes.TooLong), (problem.Path, problem.Code));
    }

    [Theory]
    [InlineData("tenant_id", 64)]
    [InlineData("project_id", 64)]
    [InlineData("actor_id", 128)]
    [InlineData("trace_id", 128)]
    public void Parse_StorageKeyIdentifier_IsBoundedByItsMaximum(string field, int max)
    {
        Assert.True(Parse(With(field, $"\"{new string('t', max)}\"")).IsValid);
        Assert.Equal(ValidationProblemCodes.TooLong, Single(Parse(With(field, $"\"{new string('t', max + 1)}\""))).Code);
        Assert.Equal(ValidationProblemCodes.InvalidFormat, Single(Parse(With(field, "\"t/1\""))).Code);
    }

    [Theory]
    [InlineData("infrastructure.alert", true)]
    [InlineData("billing.invoice_paid.v2", true)]
    [InlineData("a-b", true)]
    [InlineData("Infra.Alert", false)]
    [InlineData(".alert", false)]
    [InlineData("a..b", false)]
    [InlineData("a.", false)]
    [InlineData("1st.event", false)]
    [InlineData("a/b", false)]
    [InlineData("", false)]
    public void IsValid_EventType_FollowsTheDottedLowercaseRule(string value, bool valid)
    {
        Assert.Equal(valid, EventTypeName.IsValid(value));
    }

    [Fact]
    public void Parse_EventTypeOf129Characters_IsTooLong()
    {
        Assert.True(Parse(With("event_type", $"\"{new string('a', 128)}\"")).IsValid);
        Assert.Equal(ValidationProblemCodes.TooLong, Single(Parse(With("event_type", $"\"{new string('a', 129)}\""))).Code);
    }

    [Fact]
    public void Parse_IdempotencyKeyHeaderWithoutBodyEventId_IsUsedAsClientSuppliedId()
    {
        var envelope = Parse(Minimal, Context(idempotencyKey: "key-1")).Envelope!;

        Assert.Equal(("key-1", true), (envelope.EventId, envelope.IsClientSuppliedEventId));
    }

    [Fact]
    public void Parse_IdempotencyKeyHeaderEqualToBodyEventId_IsAccepted()
    {
        Assert.Equal("key-1", Parse(With("event_id", "\"key-1\""), Context(idempotencyKey: "key-1")).Envelope!.EventId);
    }

    [Fact]
    public void Parse_IdempotencyKeyHeaderDifferentFromBodyEventId_IsAConflict()
    {
        var problem = Single(Parse(With("event_id", "\"key-1\""), Context(idempotencyKey: "key-2")));

        Assert.Equal(("$.event_id", ValidationProblemCodes.Conflict), (problem.Path, problem.Code));
    }

    [Theory]
    [InlineData("a/b")]
    [InlineData("")]
    public void Parse_InvalidIdempotencyKeyHeader_IsReportedAgainstTheHeader(string header)
    {
        var problem = Single(Parse(Minimal, Context(idempotencyKey: header)));

        Assert.Equal(EventRequestContext.IdempotencyKeyHeaderPath, problem.Path);
    }

    [Fact]
    public void Parse_ValidTraceParentWithoutBodyTraceId_UsesItsTraceId()
    {
        var envelope = Parse(Minimal, Context(traceParent: TraceParent)).Envelope!;

        Assert.Equal(("4bf92f3577b34da6a3ce929d0e0e4736", TraceIdSource.TraceParentHeader), (envelope.TraceId, envelope.TraceIdOrigin));
    }

    [Fact]
    public void Parse_BodyTraceIdAndTraceParent_PrefersTheBody()
    {
        var envelope = Parse(With("trace_id", "\"trace-1\""), Context(traceParent: TraceParent)).Envelope!;

        Assert.Equal(("trace-1", TraceIdSource.Body), (envelope.TraceId, envelope.TraceIdOrigin));
    }

    [Theory]
    [InlineData("garbage")]
    [InlineData("00-00000000000000000000000000000000-00f067aa0ba902b7-01")]
    [InlineData("00-4bf92f3577b34da6a3ce929d0e0e4736-0000000000000000-01")]
    [InlineData("00-4BF92F3577B34DA6A3CE929D0E0E4736-00f067aa0ba902b7-01")]
    [InlineData("01-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01")]
    [InlineData("00-4bf92f3577b34da6a3ce929d0e0e473-00f067aa0ba902b7-01")]
    [InlineData("00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01-extra")]
    [InlineData("")]
    public void Parse_InvalidTraceParent_IsIgnoredAndATraceIdGenerated(string header)
    {
        var envelope = Parse(Minimal, Context(traceParent: header)).Envelope!;

        Assert.Equal(("gen-trace-1", TraceIdSource.Generated), (envelope.TraceId, envelope.TraceIdOrigin));
    }

    [Fact]
    public void Parse_InvalidRequest_DoesNotConsumeGeneratedIds()
    {
        var context = Context();
        Parse(With("tenant_id", null), context);

        Assert.Equal("gen-event-1", Parse(Minimal, context).Envelope!.EventId);
    }

    [Fact]
    public void Accepted_Envelope_CarriesItsIdsIntoTheReceipt()
    {
        var envelope = Parse(Minimal).Envelope!;

        Assert.Equal(new EventReceipt("gen-event-1", "gen-trace-1", Now, false), EventReceipt.Accepted(envelope, Now));
    }
}
