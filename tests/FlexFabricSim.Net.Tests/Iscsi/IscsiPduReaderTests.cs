using System.Buffers;
using FlexFabricSim.Net.Iscsi;
using FlexFabricSim.Net.Scsi;

namespace FlexFabricSim.Net.Tests.Iscsi;

/// <summary>Framing: prefixes are incomplete and consume nothing, one-byte segments read the same, malformed input names its reason.</summary>
public sealed class IscsiPduReaderTests
{
    public static TheoryData<string> Pdus()
    {
        var data = new TheoryData<string>();
        var capture = IscsiCapture.Load("login-mutual-chap-inquiry");
        foreach (var flow in new[] { capture.Flow(0, true), capture.Flow(0, false) })
        {
            var offset = 0;
            while (offset < flow.Length && IscsiPduReader.TryRead(flow.AsMemory(offset), IscsiDigests.None, out _, out var n))
            {
                data.Add(Convert.ToHexString(flow, offset, n));
                offset += n;
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Pdus))]
    public void EveryPrefixIsIncompleteAndConsumesNothing(string hex)
    {
        var bytes = Convert.FromHexString(hex);
        for (var length = 0; length < bytes.Length; length++)
        {
            Assert.False(IscsiPduReader.TryRead(bytes.AsMemory(0, length), IscsiDigests.None, out var pdu, out var consumed));
            Assert.Null(pdu);
            Assert.Equal(0, consumed);
        }
        Assert.True(IscsiPduReader.TryRead(bytes, IscsiDigests.None, out _, out var all));
        Assert.Equal(bytes.Length, all);
    }

    [Theory]
    [MemberData(nameof(Pdus))]
    public void OneBytePerSegmentReadsTheSamePdu(string hex)
    {
        var bytes = Convert.FromHexString(hex);
        var sequence = OneBytePerSegment(bytes);
        var reader = new SequenceReader<byte>(sequence);
        Assert.True(IscsiPduReader.TryRead(ref reader, IscsiDigests.None, out var pdu));
        Assert.Equal(bytes.Length, reader.Consumed);
        Assert.Equal(hex, Convert.ToHexString(pdu.ToArray()));
    }

    [Fact]
    public void EveryOpcodeRoundTrips()
    {
        IscsiPdu[] pdus =
        [
            new IscsiNopOut { InitiatorTaskTag = 1, CmdSN = 2, ExpStatSN = 3, Data = new byte[] { 1, 2, 3 } },
            new IscsiScsiCommand { InitiatorTaskTag = 4, Read = true, Lun = ScsiLun.FromNumber(16383), ExpectedDataTransferLength = 512, Cdb = new ScsiRead16(9, 1).ToArray() },
            new IscsiTaskManagementRequest { Function = IscsiTaskManagementFunction.LogicalUnitReset, Lun = ScsiLun.FromNumber(255) },
            new IscsiLoginRequest { Transit = true, NextStage = IscsiLoginStage.FullFeaturePhase, CurrentStage = IscsiLoginStage.LoginOperationalNegotiation, Isid = 0x80_0000_1234UL, Cid = 7 },
            new IscsiTextRequest { Data = "SendTargets=All\0"u8.ToArray() },
            new IscsiDataOut { BufferOffset = 4096, DataSN = 2, Data = new byte[7] },
            new IscsiLogoutRequest { Reason = IscsiLogoutReason.CloseConnection, Cid = 3 },
            new IscsiSnackRequest { Type = 1, BegRun = 5, RunLength = 2 },
            new IscsiNopIn { TargetTransferTag = 9, StatSN = 10 },
            new IscsiScsiResponse { Status = ScsiStatus.CheckCondition, Data = IscsiScsiResponse.CreateSenseSegment(ScsiSense.PowerOnReset.ToFixedFormat()) },
            new IscsiTaskManagementResponse { Response = IscsiTaskManagementResponseCode.FunctionComplete },
            new IscsiLoginResponse { Status = IscsiLoginStatus.TargetMovedTemporarily, Tsih = 5 },
            new IscsiTextResponse { Data = "TargetName=iqn.x\0"u8.ToArray() },
            new IscsiDataIn { Final = true, HasStatus = true, ResidualUnderflow = true, ResidualCount = 12, Data = new byte[513] },
            new IscsiLogoutResponse { Time2Wait = 2, Time2Retain = 20 },
            new IscsiReadyToTransfer { TargetTransferTag = 77, DesiredDataTransferLength = 65536 },
            new IscsiAsyncMessage { AsyncEvent = IscsiAsyncEvent.LogoutRequested, Parameter3 = 2 },
            new IscsiReject { Reason = IscsiRejectReason.InvalidPduField, Data = new byte[48] },
        ];
        Assert.Equal(Enum.GetValues<IscsiOpcode>().Length, pdus.Length);
        foreach (var digests in new[] { IscsiDigests.None, IscsiDigests.Both })
        {
            foreach (var pdu in pdus)
            {
                var bytes = pdu.ToArray(digests);
                Assert.Equal(0, bytes.Length % 4);
                var back = IscsiPduReader.Decode(bytes, digests);
                Assert.Equal(pdu.GetType(), back.GetType());
                Assert.Equal(Convert.ToHexString(bytes), Convert.ToHexString(back.ToArray(digests)));
            }
        }
        Assert.Equal(IscsiLoginStatus.TargetMovedTemporarily, ((IscsiLoginResponse)IscsiPduReader.Decode(pdus[11].ToArray(), IscsiDigests.None)).Status);
        Assert.Equal(ScsiSense.PowerOnReset, ScsiSense.TryParse(((IscsiScsiResponse)pdus[9]).Sense.Span, out var s) ? s : null);
    }

    [Theory]
    [InlineData(0, 0x1c, IscsiFormatReason.UnknownOpcode)]
    [InlineData(1, 0x8a, IscsiFormatReason.InvalidField)] // login stage 2 is reserved
    public void MalformedHeadersNameTheirReason(int offset, byte value, IscsiFormatReason reason)
    {
        var bytes = new IscsiLoginRequest().ToArray();
        bytes[offset] = value;
        var e = Assert.Throws<IscsiFormatException>(() => IscsiPduReader.Decode(bytes, IscsiDigests.None));
        Assert.Equal(reason, e.Reason);
    }

    [Fact]
    public void DataDigestMismatchAndBadAhsAreReported()
    {
        var bytes = new IscsiNopOut { Data = new byte[] { 1, 2, 3, 4 } }.ToArray(IscsiDigests.Data);
        bytes[48] ^= 0xff;
        Assert.Equal(IscsiFormatReason.DataDigestMismatch,
            Assert.Throws<IscsiFormatException>(() => IscsiPduReader.Decode(bytes, IscsiDigests.Data)).Reason);

        var ahs = new IscsiScsiCommand { AdditionalHeaderSegments = new byte[] { 0x00, 0x09, 0x01, 0x00 } }.ToArray();
        Assert.Equal(IscsiFormatReason.BadAhs, Assert.Throws<IscsiFormatException>(() => IscsiPduReader.Decode(ahs, IscsiDigests.None)).Reason);
    }

    [Fact]
    public void Crc32CMatchesTheStandardCheckValue() => Assert.Equal(0xe3069283u, IscsiCrc32C.Compute("123456789"u8));

    [Fact]
    public async Task ConnectionEnforcesMaxRecvDataSegmentLengthAndReportsTheTruncationPhase()
    {
        var (a, b) = DuplexStream.CreatePair();
        await using var reader = new IscsiConnection(b) { MaxRecvDataSegmentLength = 8 };
        await a.WriteAsync(new IscsiNopOut { Data = new byte[16] }.ToArray());
        Assert.Equal(IscsiFormatReason.BadDataSegmentLength, (await Assert.ThrowsAsync<IscsiFormatException>(() => reader.ReadAsync().AsTask())).Reason);

        var (c, d) = DuplexStream.CreatePair();
        await using var cut = new IscsiConnection(d);
        await c.WriteAsync(new IscsiNopOut { Data = new byte[8] }.ToArray().AsMemory(0, 50));
        c.Dispose();
        Assert.Equal(IscsiFormatReason.TruncatedData, (await Assert.ThrowsAsync<IscsiFormatException>(() => cut.ReadAsync().AsTask())).Reason);
    }

    private static ReadOnlySequence<byte> OneBytePerSegment(byte[] bytes)
    {
        var first = new Segment(bytes.AsMemory(0, 1), 0);
        var last = first;
        for (var i = 1; i < bytes.Length; i++)
        {
            last = last.Append(bytes.AsMemory(i, 1));
        }
        return new ReadOnlySequence<byte>(first, 0, last, 1);
    }

    private sealed class Segment : ReadOnlySequenceSegment<byte>
    {
        public Segment(ReadOnlyMemory<byte> memory, long index)
        {
            Memory = memory;
            RunningIndex = index;
        }

        public Segment Append(ReadOnlyMemory<byte> memory)
        {
            var next = new Segment(memory, RunningIndex + Memory.Length);
            Next = next;
            return next;
        }
    }
}
