using JobForge.Storage.Tables;

namespace JobForge.Storage.Tests.Tables;

public sealed class TableFilterTests
{
    [Fact]
    public void Create_WithEveryLiteralType_FormatsODataLiterals()
    {
        var id = Guid.Parse("0f8fad5b-d9cb-469f-a165-70867728950e");
        var when = new DateTimeOffset(2024, 1, 2, 3, 4, 5, TimeSpan.FromHours(1)).AddTicks(1);

        var filter = TableFilter.Create(
            $"S eq {"o'brien"} and I eq {42} and L eq {42L} and D eq {1.0} and B eq {true} and T eq {when} and G eq {id} and X eq {new byte[] { 10, 255 }}");

        Assert.Equal(
            "S eq 'o''brien' and I eq 42 and L eq 42L and D eq 1.0 and B eq true and T eq datetime'2024-01-02T02:04:05.0000001Z' " +
            "and G eq guid'0f8fad5b-d9cb-469f-a165-70867728950e' and X eq X'0AFF'",
            filter);
    }

    [Fact]
    public void Equal_WithInjectionAttempt_KeepsItInsideTheQuotedLiteral()
    {
        Assert.Equal("PartitionKey eq 'x'' or ''1'' eq ''1'", TableFilter.Equal("PartitionKey", "x' or '1' eq '1"));
    }

    [Fact]
    public void AndOrNot_ParenthesiseEachOperand()
    {
        var filter = TableFilter.And(
            TableFilter.Equal("PartitionKey", "p"),
            TableFilter.Or(TableFilter.GreaterThanOrEqual("N", 5), TableFilter.LessThan("N", 2)),
            TableFilter.Not(TableFilter.NotEqual("RowKey", "r")));

        Assert.Equal("(PartitionKey eq 'p') and ((N ge 5) or (N lt 2)) and (not (RowKey ne 'r'))", filter);
    }

    [Fact]
    public void Compare_WithInvalidPropertyName_Throws()
    {
        Assert.Throws<ArgumentException>(() => TableFilter.Equal("A or B", 1));
    }

    [Fact]
    public void Literal_WithNullOrNonFiniteOrUnsupported_Throws()
    {
        Assert.Throws<ArgumentException>(() => TableFilter.Literal(null));
        Assert.Throws<ArgumentException>(() => TableFilter.Literal(double.NaN));
        Assert.Throws<ArgumentException>(() => TableFilter.Literal(TimeSpan.Zero));
    }
}
