using System.Buffers;
using System.Diagnostics.CodeAnalysis;

namespace FlexFabricSim.Net.Iscsi;

/// <summary>Pure, I/O-free PDU framing and decoding: BHS → AHS → header digest → data → padding → data digest (RFC 7143 §11.2).</summary>
/// <remarks>
/// <c>TryRead</c> returns false and consumes nothing while the input holds less than one whole PDU; malformed input throws
/// <see cref="IscsiFormatException"/>. Limits such as MaxRecvDataSegmentLength belong to the endpoint, which checks
/// <see cref="PeekDataSegmentLength"/> before waiting for a PDU's data (style anchor G5).
/// </remarks>
public static class IscsiPduReader
{
    /// <summary>The BHS's DataSegmentLength, or -1 when fewer than 48 bytes are at hand.</summary>
    public static int PeekDataSegmentLength(ReadOnlySpan<byte> input) =>
        input.Length < IscsiBhs.Length ? -1 : IscsiBhs.ReadUInt24(input[IscsiBhs.DataSegmentLengthOffset..]);

    /// <summary>The whole PDU's length on the wire, known once the BHS is at hand.</summary>
    public static bool TryGetPduLength(ReadOnlySpan<byte> input, IscsiDigests digests, out int length)
    {
        length = 0;
        if (input.Length < IscsiBhs.Length)
        {
            return false;
        }
        var data = IscsiBhs.ReadUInt24(input[IscsiBhs.DataSegmentLengthOffset..]);
        length = GetHeaderLength(input, digests) + data + GetDataTrailerLength(data, digests);
        return true;
    }

    /// <summary>The framing phase a stream ending after <paramref name="partial"/> (the start of one PDU) stopped in.</summary>
    public static IscsiFramingPhase PhaseAt(ReadOnlySpan<byte> partial, IscsiDigests digests) =>
        partial.Length < IscsiBhs.Length ? IscsiFramingPhase.Bhs : PhaseAt(partial[..IscsiBhs.Length], partial.Length, digests);

    /// <summary>The framing phase a stream ending after <paramref name="received"/> bytes of the PDU whose BHS is <paramref name="bhs"/> stopped in.</summary>
    public static IscsiFramingPhase PhaseAt(ReadOnlySpan<byte> bhs, int received, IscsiDigests digests)
    {
        if (received < IscsiBhs.Length)
        {
            return IscsiFramingPhase.Bhs;
        }
        var end = IscsiBhs.Length + bhs[IscsiBhs.TotalAhsLengthOffset] * 4;
        if (received < end)
        {
            return IscsiFramingPhase.Ahs;
        }
        if ((digests & IscsiDigests.Header) != 0 && received < (end += IscsiBhs.DigestLength))
        {
            return IscsiFramingPhase.HeaderDigest;
        }
        var data = IscsiBhs.ReadUInt24(bhs[IscsiBhs.DataSegmentLengthOffset..]);
        if (received < (end += data))
        {
            return IscsiFramingPhase.Data;
        }
        return received < end + IscsiBhs.PadLength(data) ? IscsiFramingPhase.Padding : IscsiFramingPhase.DataDigest;
    }

    /// <summary>The truncation reason for a stream that ended in <paramref name="phase"/>.</summary>
    public static IscsiFormatReason TruncationReason(IscsiFramingPhase phase) => phase switch
    {
        IscsiFramingPhase.Bhs => IscsiFormatReason.TruncatedBhs,
        IscsiFramingPhase.Ahs => IscsiFormatReason.TruncatedAhs,
        IscsiFramingPhase.Data or IscsiFramingPhase.Padding => IscsiFormatReason.TruncatedData,
        _ => IscsiFormatReason.TruncatedDigest,
    };

    /// <summary>Reads one PDU from the start of <paramref name="input"/>; the PDU's AHS and data are slices of it.</summary>
    public static bool TryRead(ReadOnlyMemory<byte> input, IscsiDigests digests, [NotNullWhen(true)] out IscsiPdu? pdu, out int consumed)
    {
        pdu = null;
        consumed = 0;
        if (!TryGetPduLength(input.Span, digests, out var length) || input.Length < length)
        {
            return false;
        }
        pdu = Decode(input[..length], digests);
        consumed = length;
        return true;
    }

    /// <summary>Reads one PDU from a (possibly multi-segment) sequence; the reader advances only when a whole PDU was read.</summary>
    public static bool TryRead(ref SequenceReader<byte> reader, IscsiDigests digests, [NotNullWhen(true)] out IscsiPdu? pdu)
    {
        pdu = null;
        Span<byte> bhs = stackalloc byte[IscsiBhs.Length];
        if (!reader.TryCopyTo(bhs) || !TryGetPduLength(bhs, digests, out var length) || reader.Remaining < length)
        {
            return false;
        }
        var bytes = new byte[length];
        reader.TryCopyTo(bytes);
        pdu = Decode(bytes, digests);
        reader.Advance(length);
        return true;
    }

    /// <summary>Decodes exactly one whole PDU (checking its digests when <paramref name="digests"/> says they are present).</summary>
    public static IscsiPdu Decode(ReadOnlyMemory<byte> bytes, IscsiDigests digests)
    {
        var span = bytes.Span;
        if (!TryGetPduLength(span, digests, out var length) || span.Length < length)
        {
            IscsiFormatException.Reject(TruncationReason(PhaseAt(span, digests)), span.Length, span);
        }
        var headerLength = GetHeaderLength(span, digests);
        var dataLength = IscsiBhs.ReadUInt24(span[IscsiBhs.DataSegmentLengthOffset..]);
        var ahs = bytes.Slice(IscsiBhs.Length, span[IscsiBhs.TotalAhsLengthOffset] * 4);
        CheckHeader(span[..headerLength], ahs.Span, digests);
        var data = bytes.Slice(headerLength, dataLength);
        if (dataLength > 0)
        {
            CheckDataTrailer(data.Span, span.Slice(headerLength + dataLength, GetDataTrailerLength(dataLength, digests)), digests, headerLength);
        }
        return Create(span[..IscsiBhs.Length], ahs, data);
    }

    /// <summary>Bytes of a PDU's header part on the wire: BHS, AHS and the header digest when present.</summary>
    public static int GetHeaderLength(ReadOnlySpan<byte> bhs, IscsiDigests digests) =>
        IscsiBhs.Length + bhs[IscsiBhs.TotalAhsLengthOffset] * 4 + ((digests & IscsiDigests.Header) != 0 ? IscsiBhs.DigestLength : 0);

    /// <summary>Bytes that follow a data segment of <paramref name="dataLength"/> on the wire: padding, then the data digest when present.</summary>
    public static int GetDataTrailerLength(int dataLength, IscsiDigests digests) => dataLength == 0
        ? 0
        : IscsiBhs.PadLength(dataLength) + ((digests & IscsiDigests.Data) != 0 ? IscsiBhs.DigestLength : 0);

    /// <summary>Decodes a PDU from its header part (checked: AHS chain, header digest) and a data segment held elsewhere.</summary>
    /// <remarks>The endpoint's route for data it read straight into a caller's buffer; <paramref name="ahs"/> and
    /// <paramref name="data"/> become the PDU's own fields, so they must outlive it.</remarks>
    internal static IscsiPdu DecodeHeader(ReadOnlySpan<byte> header, ReadOnlyMemory<byte> ahs, IscsiDigests digests, ReadOnlyMemory<byte> data)
    {
        CheckHeader(header, ahs.Span, digests);
        return Create(header[..IscsiBhs.Length], ahs, data);
    }

    /// <summary>Checks the AHS chain and the header digest of a header part.</summary>
    private static void CheckHeader(ReadOnlySpan<byte> header, ReadOnlySpan<byte> ahs, IscsiDigests digests)
    {
        CheckAhs(ahs);
        var offset = IscsiBhs.Length + ahs.Length;
        if ((digests & IscsiDigests.Header) != 0 && IscsiCrc32C.Read(header[offset..]) != IscsiCrc32C.Compute(header[..offset]))
        {
            IscsiFormatException.Reject(IscsiFormatReason.HeaderDigestMismatch, offset, header.Slice(offset, IscsiBhs.DigestLength));
        }
    }

    /// <summary>The opcode's record for a checked header.</summary>
    private static IscsiPdu Create(ReadOnlySpan<byte> bhs, ReadOnlyMemory<byte> ahs, ReadOnlyMemory<byte> data)
    {
        var frame = new IscsiPduFrame(bhs, ahs, data);
        return (IscsiOpcode)(bhs[0] & IscsiBhs.OpcodeMask) switch
        {
            IscsiOpcode.NopOut => IscsiNopOut.FromFrame(frame),
            IscsiOpcode.ScsiCommand => IscsiScsiCommand.FromFrame(frame),
            IscsiOpcode.TaskManagementRequest => IscsiTaskManagementRequest.FromFrame(frame),
            IscsiOpcode.LoginRequest => IscsiLoginRequest.FromFrame(frame),
            IscsiOpcode.TextRequest => IscsiTextRequest.FromFrame(frame),
            IscsiOpcode.DataOut => IscsiDataOut.FromFrame(frame),
            IscsiOpcode.LogoutRequest => IscsiLogoutRequest.FromFrame(frame),
            IscsiOpcode.SnackRequest => IscsiSnackRequest.FromFrame(frame),
            IscsiOpcode.NopIn => IscsiNopIn.FromFrame(frame),
            IscsiOpcode.ScsiResponse => IscsiScsiResponse.FromFrame(frame),
            IscsiOpcode.TaskManagementResponse => IscsiTaskManagementResponse.FromFrame(frame),
            IscsiOpcode.LoginResponse => IscsiLoginResponse.FromFrame(frame),
            IscsiOpcode.TextResponse => IscsiTextResponse.FromFrame(frame),
            IscsiOpcode.DataIn => IscsiDataIn.FromFrame(frame),
            IscsiOpcode.LogoutResponse => IscsiLogoutResponse.FromFrame(frame),
            IscsiOpcode.ReadyToTransfer => IscsiReadyToTransfer.FromFrame(frame),
            IscsiOpcode.AsyncMessage => IscsiAsyncMessage.FromFrame(frame),
            IscsiOpcode.Reject => IscsiReject.FromFrame(frame),
            _ => RejectOpcode(bhs),
        };
    }

    /// <summary>Checks the data digest over a data segment and its padding (§11.2.3); <paramref name="trailer"/> is padding then digest.</summary>
    /// <param name="data">The data segment, wherever it was read to.</param>
    /// <param name="trailer">The <see cref="GetDataTrailerLength"/> bytes that followed it on the wire.</param>
    /// <param name="digests">The connection's digests.</param>
    /// <param name="offset">The data segment's offset in the PDU, for the exception.</param>
    internal static void CheckDataTrailer(ReadOnlySpan<byte> data, ReadOnlySpan<byte> trailer, IscsiDigests digests, int offset)
    {
        if ((digests & IscsiDigests.Data) == 0)
        {
            return;
        }
        var pad = IscsiBhs.PadLength(data.Length);
        if (IscsiCrc32C.Read(trailer[pad..]) != IscsiCrc32C.Compute(data, trailer[..pad]))
        {
            IscsiFormatException.Reject(IscsiFormatReason.DataDigestMismatch, offset + data.Length + pad, trailer[pad..]);
        }
    }

    /// <summary>Checks that the AHS chain fills TotalAHSLength exactly with typed segments (§11.2.2).</summary>
    private static void CheckAhs(ReadOnlySpan<byte> ahs)
    {
        var offset = 0;
        while (offset < ahs.Length)
        {
            if (ahs.Length - offset < 4)
            {
                IscsiFormatException.Reject(IscsiFormatReason.BadAhs, IscsiBhs.Length + offset, ahs[offset..]);
            }
            var specific = (ahs[offset] << 8) | ahs[offset + 1];
            var type = ahs[offset + 2];
            var total = 3 + specific + IscsiBhs.PadLength(3 + specific);
            if (type == 0 || total > ahs.Length - offset)
            {
                IscsiFormatException.Reject(IscsiFormatReason.BadAhs, IscsiBhs.Length + offset, ahs[offset..]);
            }
            offset += total;
        }
    }

    [DoesNotReturn]
    private static IscsiPdu RejectOpcode(ReadOnlySpan<byte> bhs)
    {
        IscsiFormatException.Reject(IscsiFormatReason.UnknownOpcode, 0, bhs, $"opcode 0x{bhs[0] & IscsiBhs.OpcodeMask:x2}");
        return null;
    }
}
