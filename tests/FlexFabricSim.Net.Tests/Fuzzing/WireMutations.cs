using CsCheck;

namespace FlexFabricSim.Net.Tests.Fuzzing;

/// <summary>CsCheck generators of hostile input: valid seeds damaged by a few random edits, and plain random bytes.</summary>
/// <remarks>Edits are data (kind, position, value), so CsCheck can shrink a failing case to the fewest, smallest edits.</remarks>
public static class WireMutations
{
    /// <summary>One edit: overwrite, insert, delete, truncate, duplicate a slice, or write an extreme length byte.</summary>
    public readonly record struct Edit(int Kind, int Position, int Value);

    private const int EditKinds = 6;

    /// <summary>One of <paramref name="seeds"/> with 1 to <paramref name="maxEdits"/> edits applied.</summary>
    public static Gen<byte[]> Mutated(IReadOnlyList<byte[]> seeds, int maxEdits = 6) =>
        Gen.Select(
            Gen.Int[0, seeds.Count - 1],
            Gen.Select(Gen.Int[0, EditKinds - 1], Gen.Int[0, 4096], Gen.Int[0, 255], (k, p, v) => new Edit(k, p, v)).Array[1, maxEdits],
            (seed, edits) => Apply(seeds[seed], edits));

    /// <summary>Random bytes, mostly short, sometimes up to <paramref name="maxLength"/>.</summary>
    public static Gen<byte[]> RandomBytes(int maxLength) => Gen.Byte.Array[0, maxLength];

    /// <summary>Applies <paramref name="edits"/> to a copy of <paramref name="seed"/>.</summary>
    public static byte[] Apply(byte[] seed, IEnumerable<Edit> edits)
    {
        var bytes = new List<byte>(seed);
        foreach (var edit in edits)
        {
            var at = bytes.Count == 0 ? 0 : edit.Position % bytes.Count;
            switch (edit.Kind)
            {
                case 0 when bytes.Count > 0:
                    bytes[at] = (byte)edit.Value;
                    break;
                case 1:
                    bytes.Insert(at, (byte)edit.Value);
                    break;
                case 2 when bytes.Count > 0:
                    bytes.RemoveRange(at, Math.Min(1 + edit.Value % 8, bytes.Count - at));
                    break;
                case 3:
                    bytes.RemoveRange(at, bytes.Count - at);
                    break;
                case 4 when bytes.Count > 0:
                    bytes.InsertRange(at, bytes.GetRange(at, Math.Min(1 + edit.Value % 32, bytes.Count - at)));
                    break;
                case 5 when bytes.Count > 0:
                    bytes[at] = edit.Value % 2 == 0 ? (byte)0 : (byte)0xff;
                    break;
            }
        }
        return [.. bytes];
    }
}
