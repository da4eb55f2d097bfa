namespace JobForge.Domain.Events;

/// <content>The hand-written, allocation-light parser of the path syntax.</content>
public sealed partial class PayloadPath
{
    private const int MaxIndex = 9999;

    private static bool TryParseSegments(string text, out PayloadPathSegment[] segments)
    {
        segments = [];
        var list = new List<PayloadPathSegment>();
        var position = 0;
        if (!TryReadName(text, ref position, list))
        {
            return false;
        }

        while (position < text.Length)
        {
            var ok = text[position] switch
            {
                '.' => TryReadName(text, ref position, list, skip: 1),
                '[' => TryReadIndex(text, ref position, list),
                _ => false,
            };
            if (!ok || list.Count > MaxSegments)
            {
                return false;
            }
        }

        segments = [.. list];
        return true;
    }

    private static bool TryReadName(string text, ref int position, List<PayloadPathSegment> list, int skip = 0)
    {
        var start = position + skip;
        var end = start;
        while (end < text.Length && (char.IsAsciiLetterOrDigit(text[end]) || text[end] is '_' or '-'))
        {
            end++;
        }

        if (end == start || end - start > MaxNameLength)
        {
            return false;
        }

        list.Add(PayloadPathSegment.Property(text[start..end]));
        position = end;
        return true;
    }

    private static bool TryReadIndex(string text, ref int position, List<PayloadPathSegment> list)
    {
        var close = text.IndexOf(']', position);
        if (close < 0)
        {
            return false;
        }

        var inner = text.AsSpan(position + 1, close - position - 1);
        if (inner is "*")
        {
            list.Add(PayloadPathSegment.AnyItem);
        }
        else if (inner.Length is > 0 and <= 4 && !inner.ContainsAnyExceptInRange('0', '9') && (inner.Length == 1 || inner[0] != '0'))
        {
            var index = int.Parse(inner, System.Globalization.CultureInfo.InvariantCulture);
            if (index > MaxIndex)
            {
                return false;
            }

            list.Add(PayloadPathSegment.Item(index));
        }
        else
        {
            return false;
        }

        position = close + 1;
        return true;
    }
}
