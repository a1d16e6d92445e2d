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
        var ahs = input[IscsiBhs.TotalAhsLengthOffset] * 4;
        var data = IscsiBhs.ReadUInt24(input[IscsiBhs.DataSegmentLengthOffset..]);
        length = IscsiBhs.Length + ahs
            + ((digests & IscsiDigests.Header) != 0 ? IscsiBhs.DigestLength : 0)
            + (data == 0 ? 0 : data + IscsiBhs.PadLength(data) + ((digests & IscsiDigests.Data) != 0 ? IscsiBhs.DigestLength : 0));
        return true;
    }

    /// <summary>The framing phase a stream ending after <paramref name="partial"/> (the start of one PDU) stopped in.</summary>
    public static IscsiFramingPhase PhaseAt(ReadOnlySpan<byte> partial, IscsiDigests digests)
    {
        if (partial.Length < IscsiBhs.Length)
        {
            return IscsiFramingPhase.Bhs;
        }
        var at = partial.Length;
        var end = IscsiBhs.Length + partial[IscsiBhs.TotalAhsLengthOffset] * 4;
        if (at < end)
        {
            return IscsiFramingPhase.Ahs;
        }
        if ((digests & IscsiDigests.Header) != 0 && at < (end += IscsiBhs.DigestLength))
        {
            return IscsiFramingPhase.HeaderDigest;
        }
        var data = IscsiBhs.ReadUInt24(partial[IscsiBhs.DataSegmentLengthOffset..]);
        if (at < (end += data))
        {
            return IscsiFramingPhase.Data;
        }
        return at < end + IscsiBhs.PadLength(data) ? IscsiFramingPhase.Padding : IscsiFramingPhase.DataDigest;
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
        var bhs = span[..IscsiBhs.Length];
        var ahsLength = bhs[IscsiBhs.TotalAhsLengthOffset] * 4;
        var dataLength = IscsiBhs.ReadUInt24(bhs[IscsiBhs.DataSegmentLengthOffset..]);

        var offset = IscsiBhs.Length;
        var ahs = bytes.Slice(offset, ahsLength);
        CheckAhs(ahs.Span);
        offset += ahsLength;
        if ((digests & IscsiDigests.Header) != 0)
        {
            var expected = IscsiCrc32C.Compute(span[..offset]);
            if (IscsiCrc32C.Read(span[offset..]) != expected)
            {
                IscsiFormatException.Reject(IscsiFormatReason.HeaderDigestMismatch, offset, span.Slice(offset, IscsiBhs.DigestLength));
            }
            offset += IscsiBhs.DigestLength;
        }
        var data = bytes.Slice(offset, dataLength);
        if (dataLength > 0)
        {
            var padded = dataLength + IscsiBhs.PadLength(dataLength);
            if ((digests & IscsiDigests.Data) != 0)
            {
                var expected = IscsiCrc32C.Compute(span.Slice(offset, padded));
                if (IscsiCrc32C.Read(span[(offset + padded)..]) != expected)
                {
                    IscsiFormatException.Reject(IscsiFormatReason.DataDigestMismatch, offset + padded,
                        span.Slice(offset + padded, IscsiBhs.DigestLength));
                }
            }
        }

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
