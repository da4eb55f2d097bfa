using JobForge.Domain.Triggers.Cron;

namespace JobForge.Domain.Tests.Triggers.Cron;

public sealed class CronExpressionParseTests
{
    [Theory]
    [InlineData("* * * * *", "* * * * *", false)]
    [InlineData("  0   9\t* *  MON-FRI ", "0 9 * * MON-FRI", false)]
    [InlineData("*/15 0-23/2 1,15 * *", "*/15 0-23/2 1,15 * *", false)]
    [InlineData("30 */5 * * * *", "30 */5 * * * *", true)]
    [InlineData("0 0 12 ? jan,Jul sun", "0 0 12 ? jan,Jul sun", true)]
    [InlineData("0 0 1 1 ?", "0 0 1 1 ?", false)]
    [InlineData("5/10 * * * 0-7", "5/10 * * * 0-7", false)]
    [InlineData("0 0 29 2 *", "0 0 29 2 *", false)]
    [InlineData("0 0 31 1-12 *", "0 0 31 1-12 *", false)]
    [InlineData("0 0 30 2 MON", "0 0 30 2 MON", false)]
    public void Parse_ValidText_SucceedsWithNormalisedText(string text, string normalised, bool hasSeconds)
    {
        var result = CronExpression.Parse(text);

        Assert.True(result.IsSuccess, result.Error);
        Assert.Null(result.Error);
        Assert.Null(result.FieldIndex);
        Assert.Equal(normalised, result.Expression!.Text);
        Assert.Equal(normalised, result.Expression.ToString());
        Assert.Equal(hasSeconds, result.Expression.HasSeconds);
    }

    [Theory]
    [InlineData(null, "cron expression is empty", null)]
    [InlineData("", "cron expression is empty", null)]
    [InlineData(" \t ", "cron expression is empty", null)]
    [InlineData("* * * *", "expected 5 or 6 fields, got 4", null)]
    [InlineData("* * * * * * *", "expected 5 or 6 fields, got 7", null)]
    [InlineData("0 24 * * *", "field 2 (hour): 24 is out of range 0–23", 2)]
    [InlineData("60 * * * *", "field 1 (minute): 60 is out of range 0–59", 1)]
    [InlineData("60 0 0 * * *", "field 1 (second): 60 is out of range 0–59", 1)]
    [InlineData("0 60 0 * * *", "field 2 (minute): 60 is out of range 0–59", 2)]
    [InlineData("0 0 0 * *", "field 3 (day-of-month): 0 is out of range 1–31", 3)]
    [InlineData("0 0 32 * *", "field 3 (day-of-month): 32 is out of range 1–31", 3)]
    [InlineData("0 0 * 13 *", "field 4 (month): 13 is out of range 1–12", 4)]
    [InlineData("0 0 * * 8", "field 5 (day-of-week): 8 is out of range 0–7", 5)]
    [InlineData("0 0 * FOO *", "field 4 (month): 'FOO' is not a number or month name", 4)]
    [InlineData("0 0 * * FUNDAY", "field 5 (day-of-week): 'FUNDAY' is not a number or weekday name", 5)]
    [InlineData("0 MON * * *", "field 2 (hour): 'MON' is not a number", 2)]
    [InlineData("*/0 * * * *", "field 1 (minute): step 0 is not allowed (a step must be at least 1)", 1)]
    [InlineData("*/61 * * * *", "field 1 (minute): step 61 is out of range 1–60", 1)]
    [InlineData("*/x * * * *", "field 1 (minute): step 'x' is not a number", 1)]
    [InlineData("0 5-3 * * *", "field 2 (hour): range 5-3 is reversed (its start is after its end)", 2)]
    [InlineData("0 0 * * FRI-MON", "field 5 (day-of-week): range FRI-MON is reversed (its start is after its end)", 5)]
    [InlineData("1,,2 * * * *", "field 1 (minute): empty list element in '1,,2'", 1)]
    [InlineData("0 0 L * *", "field 3 (day-of-month): 'L' is not a number", 3)]
    [InlineData("0 0 * * 5#3", "field 5 (day-of-week): '5#3' is not a number or weekday name", 5)]
    [InlineData("? * * * *", "field 1 (minute): '?' is only allowed in day-of-month and day-of-week", 1)]
    [InlineData("1- * * * *", "field 1 (minute): a range or step is missing a value", 1)]
    [InlineData("-1 * * * *", "field 1 (minute): a range or step is missing a value", 1)]
    [InlineData("1/2/3 * * * *", "field 1 (minute): step '2/3' is not a number", 1)]
    [InlineData("99999999999 * * * *", "field 1 (minute): 99999999999 is out of range 0–59", 1)]
    [InlineData("١ * * * *", "field 1 (minute): '١' is not a number", 1)]
    [InlineData("0 0 30 2 *", "field 3 (day-of-month): never fires: no selected month has a day in '30'", 3)]
    [InlineData("0 0 0 31 4,6,9,11 ?", "field 4 (day-of-month): never fires: no selected month has a day in '31'", 4)]
    public void Parse_InvalidText_FailsNamingTheFieldAndToken(string? text, string error, int? fieldIndex)
    {
        var result = CronExpression.Parse(text);

        Assert.False(result.IsSuccess);
        Assert.Null(result.Expression);
        Assert.Equal(error, result.Error);
        Assert.Equal(fieldIndex, result.FieldIndex);
    }

    [Fact]
    public void Parse_TextLongerThan256Characters_IsRejected()
    {
        var text = "0 0 * * " + string.Join(',', Enumerable.Repeat("1", 125));

        var result = CronExpression.Parse(text);

        Assert.Equal(257, text.Length);
        Assert.Equal("cron expression is too long (257 characters; at most 256)", result.Error);
        Assert.True(CronExpression.Parse(text[..^2]).IsSuccess);
    }

    [Fact]
    public void Parse_HostileInputs_NeverThrow()
    {
        var alphabet = "0123456789*/-,? \tJANMONsun\u0000\u00e9١LW#";
        var state = 12345u;
        for (var i = 0; i < 5_000; i++)
        {
            var length = (int)(Next(ref state) % 40);
            var chars = new char[length];
            for (var c = 0; c < length; c++)
            {
                chars[c] = alphabet[(int)(Next(ref state) % (uint)alphabet.Length)];
            }

            var result = CronExpression.Parse(new string(chars));

            Assert.True(result.IsSuccess ^ (result.Error is not null));
        }
    }

    private static uint Next(ref uint state)
    {
        state ^= state << 13;
        state ^= state >> 17;
        state ^= state << 5;
        return state;
    }
}
