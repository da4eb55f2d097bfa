using JobForge.Domain.Events;
using static JobForge.Domain.Tests.Events.EventTestData;

namespace JobForge.Domain.Tests.Events;

public sealed class EventEnvelopeParserTests
{
    [Fact]
    public void Parse_MinimalEnvelope_AppliesDefaultsAndGeneratesIds()
    {
        var result = Parse(Minimal);

        Assert.True(result.IsValid);
        var envelope = result.Envelope;
        Assert.Equal("1.0", envelope.EventVersion);
        Assert.Equal("1.0.0", envelope.SchemaVersion);
        Assert.Equal(Now, envelope.OccurredAt);
        Assert.False(envelope.ContainsPii);
        Assert.Equal("gen-event-1", envelope.EventId);
        Assert.False(envelope.IsClientSuppliedEventId);
        Assert.Equal("gen-trace-1", envelope.TraceId);
        Assert.Equal(TraceIdSource.Generated, envelope.TraceIdOrigin);
        Assert.Equal("tenant-1", envelope.TenantId);
        Assert.Equal(SourceApp.Settler, envelope.SourceApp);
        Assert.Null(envelope.SourceModule);
        Assert.Null(envelope.Subject);
        Assert.Null(envelope.RedactionHints);
        Assert.Empty(result.Problems);
    }

    [Fact]
    public void Parse_FullEnvelope_ReadsEveryField()
    {
        var json = """
            {"event_version":"1.0","schema_version":"1.0.0","event_type":"billing.invoice_paid","occurred_at":"2025-01-31T09:30:00.5+01:00",
             "trace_id":"trace-456","actor_id":"user:42","tenant_id":"tenant-1","project_id":"proj.a","source_app":"readylayer",
             "source_module":"finops","subject":{"type":"invoice","id":"inv-9"},"payload":{"amount":12.5},"contains_pii":true,
             "redaction_hints":{"redact_fields":["customer.email"],"encrypt_fields":["items[*].card"],"retention_days":30},"event_id":"evt-1"}
            """;

        var envelope = Parse(json).Envelope!;

        Assert.Equal("1.0.0", envelope.SchemaVersion);
        Assert.Equal(new DateTimeOffset(2025, 1, 31, 9, 30, 0, 500, TimeSpan.FromHours(1)), envelope.OccurredAt);
        Assert.Equal(("trace-456", TraceIdSource.Body), (envelope.TraceId, envelope.TraceIdOrigin));
        Assert.Equal("user:42", envelope.ActorId);
        Assert.Equal("proj.a", envelope.ProjectId);
        Assert.Equal(SourceApp.ReadyLayer, envelope.SourceApp);
        Assert.Equal(SourceModule.FinOps, envelope.SourceModule);
        Assert.Equal(new EventSubject("invoice", "inv-9"), envelope.Subject);
        Assert.Equal(12.5, envelope.Payload.GetProperty("amount").GetDouble());
        Assert.True(envelope.ContainsPii);
        Assert.Equal(["customer.email"], envelope.RedactionHints!.RedactFields.Select(p => p.Text));
        Assert.Equal(["items[*].card"], envelope.RedactionHints.EncryptFields.Select(p => p.Text));
        Assert.Equal(30, envelope.RedactionHints.RetentionDays);
        Assert.Equal(("evt-1", true), (envelope.EventId, envelope.IsClientSuppliedEventId));
    }

    [Fact]
    public void Parse_PayloadOutlivesItsDocument_IsAClone()
    {
        var envelope = Parse(WithPayload("""{"k":"v"}""")).Envelope!;

        Assert.Equal("v", envelope.Payload.GetProperty("k").GetString());
    }

    [Theory]
    [InlineData("event_type", "$.event_type")]
    [InlineData("tenant_id", "$.tenant_id")]
    [InlineData("source_app", "$.source_app")]
    [InlineData("payload", "$.payload")]
    public void Parse_RequiredFieldMissing_ReportsRequiredAtItsPath(string field, string path)
    {
        var problem = Single(Parse(With(field, null)));

        Assert.Equal((path, ValidationProblemCodes.Required), (problem.Path, problem.Code));
    }

    [Theory]
    [InlineData("tenant_id")]
    [InlineData("payload")]
    public void Parse_RequiredFieldNull_ReportsRequired(string field)
    {
        var problem = Single(Parse(With(field, "null")));

        Assert.Equal(("$." + field, ValidationProblemCodes.Required), (problem.Path, problem.Code));
        Assert.Contains("must not be null", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2.0.0")]
    [InlineData("1.0.1")]
    [InlineData("2.1.0-beta.1")]
    public void Parse_SchemaVersionTheEnvelopeDoesNotDefine_IsRefusedNamingTheOneItDoes(string version)
    {
        var problem = Single(Parse(With("schema_version", "\"" + version + "\"")));

        Assert.Equal(("$.schema_version", ValidationProblemCodes.InvalidValue), (problem.Path, problem.Code));
        Assert.Contains("1.0.0", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("event_type", "42")]
    [InlineData("tenant_id", "true")]
    [InlineData("source_app", "[]")]
    [InlineData("payload", "[1,2]")]
    [InlineData("payload", "\"text\"")]
    [InlineData("event_version", "1.0")]
    [InlineData("schema_version", "1")]
    [InlineData("occurred_at", "1700000000")]
    [InlineData("trace_id", "{}")]
    [InlineData("actor_id", "1")]
    [InlineData("project_id", "false")]
    [InlineData("source_module", "3")]
    [InlineData("subject", "\"invoice\"")]
    [InlineData("contains_pii", "\"true\"")]
    [InlineData("redaction_hints", "[]")]
    [InlineData("event_id", "12")]
    public void Parse_FieldWithWrongType_ReportsWrongTypeAtItsPath(string field, string rawJson)
    {
        var problem = Single(Parse(With(field, rawJson)));

        Assert.Equal(("$." + field, ValidationProblemCodes.WrongType), (problem.Path, problem.Code));
    }

    [Theory]
    [InlineData("source_app", "\"Settler\"", "settler, aias, keys, readylayer, jobforge, external")]
    [InlineData("source_app", "\"1\"", "settler, aias, keys, readylayer, jobforge, external")]
    [InlineData("source_module", "\"billing\"", "ops, support, growth, finops, core")]
    [InlineData("event_version", "\"2.0\"", "1.0")]
    public void Parse_BadEnumValue_ReportsInvalidValueListingAllowedValues(string field, string rawJson, string allowed)
    {
        var problem = Single(Parse(With(field, rawJson)));

        Assert.Equal(("$." + field, ValidationProblemCodes.InvalidValue), (problem.Path, problem.Code));
        Assert.EndsWith("allowed values: " + allowed, problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_SeveralProblems_ReportsThemAllAtOnce()
    {
        var json = """{"tenantId":"t","event_type":"Bad Type","source_app":"nope","payload":[],"contains_pii":1,"subject":{"type":"a/b"}}""";

        var problems = Parse(json).Problems.Select(p => (p.Path, p.Code)).ToHashSet();

        Assert.Equal(
            new HashSet<(string, string)>
            {
                ("$.tenantId", ValidationProblemCodes.UnknownField),
                ("$.tenant_id", ValidationProblemCodes.Required),
                ("$.event_type", ValidationProblemCodes.InvalidFormat),
                ("$.source_app", ValidationProblemCodes.InvalidValue),
                ("$.payload", ValidationProblemCodes.WrongType),
                ("$.contains_pii", ValidationProblemCodes.WrongType),
                ("$.subject.type", ValidationProblemCodes.InvalidFormat),
                ("$.subject.id", ValidationProblemCodes.Required),
            },
            problems);
    }

    [Theory]
    [InlineData("tenantId", "tenant_id")]
    [InlineData("TenantID", "tenant_id")]
    [InlineData("tenat_id", "tenant_id")]
    [InlineData("eventType", "event_type")]
    [InlineData("containsPII", "contains_pii")]
    public void Parse_UnknownFieldThatLooksLikeAKnownOne_SuggestsIt(string typo, string known)
    {
        var json = Prepend("\"" + typo + "\":1,");

        var problem = Single(Parse(json));

        Assert.Equal(("$." + typo, ValidationProblemCodes.UnknownField), (problem.Path, problem.Code));
        Assert.Equal($"unknown field '{typo}'; did you mean '{known}'?", problem.Message);
    }

    [Fact]
    public void Parse_UnknownFieldUnlikeAnyKnownOne_HasNoSuggestion()
    {
        var problem = Single(Parse(Prepend("\"weird key\":1,")));

        Assert.Equal("$['weird key']", problem.Path);
        Assert.Equal("unknown field 'weird key'", problem.Message);
    }

    [Fact]
    public void Parse_DuplicateTopLevelField_IsRejectedWithItsPath()
    {
        var problem = Single(Parse(Prepend("\"tenant_id\":\"other\",")));

        Assert.Equal(("$.tenant_id", ValidationProblemCodes.DuplicateField), (problem.Path, problem.Code));
    }

    [Theory]
    [InlineData("[]")]
    [InlineData("\"text\"")]
    [InlineData("42")]
    [InlineData("null")]
    public void Parse_BodyNotAnObject_ReportsWrongTypeAtRoot(string json)
    {
        var problem = Single(Parse(json));

        Assert.Equal(("$", ValidationProblemCodes.WrongType), (problem.Path, problem.Code));
    }

    [Fact]
    public void Parse_DefaultJsonElement_ReportsWrongTypeWithoutThrowing()
    {
        var result = EventEnvelopeParser.Parse(default, Context());

        Assert.Equal("$", Assert.Single(result.Problems).Path);
    }

    [Fact]
    public void Parse_NullOptionalFields_AreTreatedAsAbsent()
    {
        var json = Prepend("""
            "project_id":null,"occurred_at":null,"contains_pii":null,"subject":null,"event_id":null,
            """);

        var envelope = Parse(json).Envelope!;

        Assert.Equal((null, Now, false, null, false), (envelope.ProjectId, envelope.OccurredAt, envelope.ContainsPii, envelope.Subject, envelope.IsClientSuppliedEventId));
    }
}
