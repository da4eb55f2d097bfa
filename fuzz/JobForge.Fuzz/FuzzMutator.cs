namespace JobForge.Fuzz;

/// <summary>
/// A small seeded mutator for replaying the corpus without AFL (the test command's quick fuzz pass): AFL's havoc
/// operations in miniature (bit flips, interesting bytes, deletions, duplications, dictionary tokens, splices). The same
/// seed gives the same inputs.
/// </summary>
public sealed class FuzzMutator
{
    private static readonly byte[] s_interesting = [0, 1, 0x7F, 0x80, 0xFF, (byte)'"', (byte)'\\', (byte)'{', (byte)'[', (byte)':', (byte)'\n', (byte)'.', (byte)'$'];

    private readonly Random _random;
    private readonly IReadOnlyList<byte[]> _corpus;
    private readonly IReadOnlyList<byte[]> _tokens;

    /// <summary>A mutator over <paramref name="corpus"/> (at least one input) with dictionary <paramref name="tokens"/>.</summary>
    public FuzzMutator(int seed, IReadOnlyList<byte[]> corpus, IReadOnlyList<byte[]> tokens)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        ArgumentOutOfRangeException.ThrowIfZero(corpus.Count, nameof(corpus));
        _random = new Random(seed);
        _corpus = corpus;
        _tokens = tokens ?? [];
    }

    /// <summary>The next input: a corpus entry with one to eight stacked mutations.</summary>
    public byte[] Next()
    {
        var data = new List<byte>(_corpus[_random.Next(_corpus.Count)]);
        var rounds = 1 << _random.Next(4);
        for (var i = 0; i < rounds; i++)
        {
            Mutate(data);
        }

        return [.. data];
    }

    private void Mutate(List<byte> data)
    {
        var at = data.Count == 0 ? 0 : _random.Next(data.Count);
        switch (_random.Next(data.Count == 0 ? 2 : 8))
        {
            case 0 when _tokens.Count > 0:
                data.InsertRange(at, _tokens[_random.Next(_tokens.Count)]);
                break;
            case 0 or 1:
                data.Insert(at, s_interesting[_random.Next(s_interesting.Length)]);
                break;
            case 2:
                data[at] ^= (byte)(1 << _random.Next(8));
                break;
            case 3:
                data[at] = s_interesting[_random.Next(s_interesting.Length)];
                break;
            case 4:
                data.RemoveRange(at, _random.Next(1, Math.Min(16, data.Count - at) + 1));
                break;
            case 5:
                var length = _random.Next(1, Math.Min(32, data.Count - at) + 1);
                data.InsertRange(_random.Next(data.Count), data.GetRange(at, length));
                break;
            case 6 when _tokens.Count > 0:
                var token = _tokens[_random.Next(_tokens.Count)];
                data.RemoveRange(at, Math.Min(token.Length, data.Count - at));
                data.InsertRange(at, token);
                break;
            default:
                var other = _corpus[_random.Next(_corpus.Count)];
                if (other.Length > 0)
                {
                    var from = _random.Next(other.Length);
                    data.RemoveRange(at, data.Count - at);
                    data.AddRange(other.AsSpan(from).ToArray());
                }

                break;
        }
    }
}
