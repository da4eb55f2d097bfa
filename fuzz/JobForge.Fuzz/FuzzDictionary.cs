using System.Globalization;
using System.Text;

namespace JobForge.Fuzz;

/// <summary>Reads an AFL dictionary (<c>"token"</c> per line, with <c>\"</c>, <c>\\</c> and <c>\xNN</c> escapes).</summary>
public static class FuzzDictionary
{
    /// <summary>The tokens of the dictionary at <paramref name="path"/>, or none when it does not exist.</summary>
    public static IReadOnlyList<byte[]> Read(string path)
    {
        if (!File.Exists(path))
        {
            return [];
        }

        var tokens = new List<byte[]>();
        foreach (var line in File.ReadAllLines(path))
        {
            var start = line.IndexOf('"', StringComparison.Ordinal);
            var end = line.LastIndexOf('"');
            if (start < 0 || end <= start)
            {
                continue;
            }

            tokens.Add(Unescape(line[(start + 1)..end]));
        }

        return tokens;
    }

    private static byte[] Unescape(string text)
    {
        var bytes = new List<byte>();
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\\' && i + 1 < text.Length)
            {
                if (text[i + 1] == 'x' && i + 3 < text.Length)
                {
                    bytes.Add(byte.Parse(text.AsSpan(i + 2, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture));
                    i += 3;
                    continue;
                }

                bytes.Add((byte)text[i + 1]);
                i++;
                continue;
            }

            bytes.AddRange(Encoding.UTF8.GetBytes(text[i].ToString()));
        }

        return [.. bytes];
    }
}
