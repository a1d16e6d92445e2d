namespace FlexFabricSim.Net.Iscsi;

/// <summary>One iSCSI PDU: the fields every Basic Header Segment shares, AHS and data; each opcode is a sealed record (RFC 7143 §11.2).</summary>
/// <remarks>
/// Decoded PDUs hold slices of the buffer they were read from. Encoding is measure-then-fill (style anchor G3):
/// <see cref="GetEncodedLength"/> then <see cref="WriteTo"/>, which checks it wrote exactly what it measured.
/// </remarks>
public abstract record IscsiPdu
{
    /// <summary>The Initiator Task Tag value that means "no task" (0xffffffff, §11.2.1.8).</summary>
    public const uint ReservedTag = 0xFFFF_FFFF;

    /// <summary>The PDU's opcode (§11.2.1.2).</summary>
    public abstract IscsiOpcode Opcode { get; }

    /// <summary>The I bit: deliver immediately, outside CmdSN ordering (§11.2.1.1); initiator PDUs only.</summary>
    public bool Immediate { get; init; }

    /// <summary>Initiator Task Tag (§11.2.1.8).</summary>
    public uint InitiatorTaskTag { get; init; }

    /// <summary>Raw Additional Header Segments, a multiple of four bytes (§11.2.2); empty for nearly every PDU.</summary>
    public ReadOnlyMemory<byte> AdditionalHeaderSegments { get; init; }

    /// <summary>The data segment, without padding (§11.2.4).</summary>
    public ReadOnlyMemory<byte> Data { get; init; }

    /// <summary>Bytes this PDU takes on the wire with <paramref name="digests"/>, padding included.</summary>
    public int GetEncodedLength(IscsiDigests digests = IscsiDigests.None) =>
        GetHeaderLength(digests) + Data.Length + IscsiPduReader.GetDataTrailerLength(Data.Length, digests);

    /// <summary>Writes the PDU into <paramref name="destination"/> and returns the bytes written (always <see cref="GetEncodedLength"/>).</summary>
    /// <exception cref="ArgumentException">The destination is too short, the AHS is not word-aligned, or a field is out of range.</exception>
    public int WriteTo(Span<byte> destination, IscsiDigests digests = IscsiDigests.None)
    {
        var length = GetEncodedLength(digests);
        if (destination.Length < length)
        {
            throw new ArgumentException($"needs {length} bytes, got {destination.Length}", nameof(destination));
        }
        var offset = WriteHeaderTo(destination, digests);
        Data.Span.CopyTo(destination[offset..]);
        offset += Data.Length;
        offset += WriteDataTrailerTo(destination[offset..], digests);
        if (offset != length)
        {
            throw new InvalidOperationException($"{Opcode}: wrote {offset} bytes but measured {length}");
        }
        return offset;
    }

    /// <summary>Bytes of the header part: BHS, AHS and the header digest when present.</summary>
    internal int GetHeaderLength(IscsiDigests digests) =>
        IscsiBhs.Length + AdditionalHeaderSegments.Length + ((digests & IscsiDigests.Header) != 0 ? IscsiBhs.DigestLength : 0);

    /// <summary>Writes the header part (BHS, AHS, header digest) and returns its length; the data segment and trailer follow it.</summary>
    /// <remarks>Split from the data so an endpoint can send a large data segment from where it lies, without copying it (style anchor G5).</remarks>
    internal int WriteHeaderTo(Span<byte> destination, IscsiDigests digests)
    {
        var length = GetHeaderLength(digests);
        if (destination.Length < length)
        {
            throw new ArgumentException($"needs {length} header bytes, got {destination.Length}", nameof(destination));
        }
        if ((AdditionalHeaderSegments.Length & 3) != 0 || AdditionalHeaderSegments.Length > 255 * 4)
        {
            throw new ArgumentException("AHS must be a multiple of 4 bytes, at most 1020", nameof(destination));
        }
        if (Data.Length > IscsiBhs.MaxDataSegmentLength)
        {
            throw new ArgumentException("data segment longer than 2^24-1 bytes", nameof(destination));
        }

        var bhs = destination[..IscsiBhs.Length];
        bhs.Clear();
        WriteFields(bhs);
        bhs[0] = (byte)((byte)Opcode | (Immediate ? IscsiBhs.ImmediateBit : 0));
        bhs[IscsiBhs.TotalAhsLengthOffset] = (byte)(AdditionalHeaderSegments.Length / 4);
        IscsiBhs.WriteUInt24(bhs[IscsiBhs.DataSegmentLengthOffset..], Data.Length);
        IscsiBhs.Put(bhs, IscsiBhs.InitiatorTaskTagOffset, InitiatorTaskTag);

        var offset = IscsiBhs.Length;
        AdditionalHeaderSegments.Span.CopyTo(destination[offset..]);
        offset += AdditionalHeaderSegments.Length;
        if ((digests & IscsiDigests.Header) != 0)
        {
            IscsiCrc32C.Write(destination[offset..], IscsiCrc32C.Compute(destination[..offset]));
            offset += IscsiBhs.DigestLength;
        }
        return offset;
    }

    /// <summary>Writes what follows the data segment (zero padding, then the data digest over data and padding) and returns its length.</summary>
    internal int WriteDataTrailerTo(Span<byte> destination, IscsiDigests digests)
    {
        if (Data.IsEmpty)
        {
            return 0;
        }
        var pad = IscsiBhs.PadLength(Data.Length);
        destination[..pad].Clear();
        if ((digests & IscsiDigests.Data) == 0)
        {
            return pad;
        }
        IscsiCrc32C.Write(destination[pad..], IscsiCrc32C.Compute(Data.Span, destination[..pad]));
        return pad + IscsiBhs.DigestLength;
    }

    /// <summary>Encodes the PDU into a new array.</summary>
    public byte[] ToArray(IscsiDigests digests = IscsiDigests.None)
    {
        var bytes = new byte[GetEncodedLength(digests)];
        WriteTo(bytes, digests);
        return bytes;
    }

    /// <summary>Writes the opcode-specific fields (byte 1-3, 8-15, 20-47) into a zeroed BHS.</summary>
    private protected abstract void WriteFields(Span<byte> bhs);
}
