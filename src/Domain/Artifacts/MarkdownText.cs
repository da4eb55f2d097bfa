using System.Text;

namespace JobForge.Domain.Artifacts;

/// <summary>
/// Escapes user-supplied text for Markdown tables and prose: Markdown punctuation gets a backslash, <c>&lt; &gt; &amp;</c>
/// become HTML entities (so no tag or autolink survives), pipes are escaped, and newlines become spaces.
/// </summary>
public static class MarkdownText
{
    /// <summary>The escaped text, cut to <paramref name="maxLength"/> characters (with an ellipsis).</summary>
    public static string Escape(string? text, int maxLength = 256)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var cut = text.Length > maxLength ? text[..maxLength] + "…" : text;
        var builder = new StringBuilder(cut.Length + 8);
        foreach (var c in cut)
        {
            switch (c)
            {
                case '<':
                    builder.Append("&lt;");
                    break;
                case '>':
                    builder.Append("&gt;");
                    break;
                case '&':
                    builder.Append("&amp;");
                    break;
                case '\r' or '\n' or '\t' or '\u2028' or '\u2029':
                    builder.Append(' ');
                    break;
                case '\\' or '`' or '*' or '_' or '{' or '}' or '[' or ']' or '(' or ')' or '#' or '+' or '!' or '|' or '~':
                    builder.Append('\\').Append(c);
                    break;
                default:
                    builder.Append(char.IsControl(c) ? ' ' : c);
                    break;
            }
        }

        return builder.ToString();
    }

    /// <summary>A fenced code block holding <paramref name="text"/>, its fence longer than any backtick run inside.</summary>
    public static string Fence(string text, string language)
    {
        var longest = 0;
        var run = 0;
        foreach (var c in text)
        {
            run = c == '`' ? run + 1 : 0;
            longest = Math.Max(longest, run);
        }

        var fence = new string('`', Math.Max(3, longest + 1));
        return fence + language + "\n" + text + "\n" + fence;
    }
}
