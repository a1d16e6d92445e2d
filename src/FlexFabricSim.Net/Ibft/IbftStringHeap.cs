using System.Buffers.Binary;
using System.Text;

namespace FlexFabricSim.Net.Ibft;

/// <summary>
/// The iBFT string heap: NUL-terminated strings after the structures, referenced by (length, offset from the table start) (iBFT §2.5).
/// </summary>
internal sealed class IbftStringHeap
{
    private readonly List<byte[]> _strings = [];

    /// <summary>Starts a heap at <paramref name="start"/> bytes from the table start.</summary>
    public IbftStringHeap(int start)
    {
        Start = start;
        End = start;
    }

    /// <summary>Where the heap starts in the table.</summary>
    public int Start { get; }

    /// <summary>Where the heap ends in the table (exclusive).</summary>
    public int End { get; private set; }

    /// <summary>Adds <paramref name="text"/> (nothing for null) and returns its reference; (0, 0) for null.</summary>
    /// <exception cref="ArgumentException">The table would grow past the 16-bit offsets iBFT uses.</exception>
    public IbftStringRef Add(string? text)
    {
        if (text is null)
        {
            return default;
        }
        var bytes = Encoding.UTF8.GetBytes(text);
        var offset = End;
        if (offset + bytes.Length + 1 > ushort.MaxValue)
        {
            throw new ArgumentException("the iBFT would exceed 65535 bytes: a string is too long");
        }
        _strings.Add(bytes);
        End += bytes.Length + 1;
        return new IbftStringRef((ushort)bytes.Length, (ushort)offset);
    }

    /// <summary>Writes a (length, offset) reference into a 4-byte field.</summary>
    public static void WriteReference(Span<byte> field, IbftStringRef reference)
    {
        BinaryPrimitives.WriteUInt16LittleEndian(field, reference.Length);
        BinaryPrimitives.WriteUInt16LittleEndian(field[2..], reference.Offset);
    }

    /// <summary>Writes every string and its NUL at its offset in <paramref name="table"/>.</summary>
    public void WriteTo(Span<byte> table)
    {
        var position = Start;
        foreach (var bytes in _strings)
        {
            bytes.CopyTo(table[position..]);
            table[position + bytes.Length] = 0;
            position += bytes.Length + 1;
        }
    }
}

/// <summary>Where a string of the heap is: its length without the NUL, and its offset from the table start; (0, 0) for none.</summary>
internal readonly record struct IbftStringRef(ushort Length, ushort Offset);
