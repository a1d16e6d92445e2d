using FlexFabricSim.Net.Chap;
using FlexFabricSim.Net.Iscsi;

namespace FlexFabricSim.Net.Tests.Iscsi;

/// <summary>Every PDU that tgtd, libiscsi and iPXE exchanged in the reference captures decodes and re-encodes byte for byte.</summary>
public sealed class IscsiCaptureTests
{
    public static TheoryData<string> Captures => new(IscsiCapture.Complete);

    [Theory]
    [MemberData(nameof(Captures))]
    public void EveryPduDecodesAndReencodesByteForByte(string name)
    {
        var capture = IscsiCapture.Load(name);
        var total = 0;
        foreach (var stream in capture.Streams)
        {
            foreach (var fromInitiator in new[] { true, false })
            {
                total += Walk(capture.Flow(stream, fromInitiator), DigestsAfterLogin(capture, stream), (bytes, pdu, digests) =>
                    Assert.Equal(Convert.ToHexString(bytes), Convert.ToHexString(pdu.ToArray(digests))));
            }
        }
        Assert.True(total >= 6, $"only {total} PDUs in {name}");
    }

    [Fact]
    public void DigestCaptureCarriesVerifiedHeaderDigestsAfterLogin()
    {
        var capture = IscsiCapture.Load("login-chap-crc32c-digests");
        var digested = 0;
        Walk(capture.Flow(0, false), IscsiDigests.Header, (_, pdu, digests) => digested += digests == IscsiDigests.Header ? 1 : 0);
        Assert.True(digested >= 4);

        // A flipped bit in the header digest is caught.
        var flow = capture.Flow(0, false);
        var afterLogin = SkipLogin(flow);
        var bytes = flow[afterLogin..];
        bytes[48] ^= 0x01; // first byte of the header digest after the BHS
        var e = Assert.Throws<IscsiFormatException>(() => IscsiPduReader.TryRead(bytes, IscsiDigests.Header, out _, out _));
        Assert.Equal(IscsiFormatReason.HeaderDigestMismatch, e.Reason);
    }

    [Theory]
    [InlineData("discovery-chap", 1, "initsecret1234", true)]
    [InlineData("login-mutual-chap-inquiry", 0, "initsecret1234", true)]
    [InlineData("login-chap-crc32c-digests", 0, "initsecret1234", true)]
    [InlineData("ipxe-sanboot-chap", 0, "initsecret1234", true)]
    [InlineData("login-wrong-secret", 0, "initsecret1234", false)]
    public void InitiatorChapResponseIsMd5OfIdSecretChallenge(string name, int stream, string secret, bool matches)
    {
        var capture = IscsiCapture.Load(name);
        var target = Keys(capture.Flow(stream, false));
        var initiator = Keys(capture.Flow(stream, true));
        var id = byte.Parse(target["CHAP_I"]);
        var challenge = IscsiBinaryValue.Parse("CHAP_C", target["CHAP_C"]);
        var response = IscsiBinaryValue.Parse("CHAP_R", initiator["CHAP_R"]);
        Assert.Equal("initchap", initiator["CHAP_N"]);
        Assert.Equal(matches, Chap.Chap.ComputeResponse(id, System.Text.Encoding.UTF8.GetBytes(secret), challenge).AsSpan().SequenceEqual(response));
    }

    [Fact]
    public void TargetMutualChapResponseIsMd5OfIdSecretChallenge()
    {
        var capture = IscsiCapture.Load("login-mutual-chap-inquiry");
        var initiator = Keys(capture.Flow(0, true));
        var target = Keys(capture.Flow(0, false));
        var challenge = new ChapChallenge(byte.Parse(initiator["CHAP_I"]), IscsiBinaryValue.Parse("CHAP_C", initiator["CHAP_C"]));
        Assert.Equal("tgtchap", target["CHAP_N"]);
        Assert.True(Chap.Chap.Verify(challenge, "targetsecret99"u8, IscsiBinaryValue.Parse("CHAP_R", target["CHAP_R"])));
        Assert.False(Chap.Chap.Verify(challenge, "targetsecret98"u8, IscsiBinaryValue.Parse("CHAP_R", target["CHAP_R"])));
    }

    [Fact]
    public void WrongSecretCaptureEndsWithAuthenticationFailure()
    {
        var capture = IscsiCapture.Load("login-wrong-secret");
        IscsiLoginResponse? last = null;
        Walk(capture.Flow(0, false), IscsiDigests.None, (_, pdu, _) => last = pdu as IscsiLoginResponse ?? last);
        Assert.Equal(IscsiLoginStatus.AuthenticationFailure, last!.Status);
        Assert.Equal(IscsiLoginStatusClass.InitiatorError, last.Status.StatusClass);
    }

    [Fact]
    public void TruncatedConformanceCaptureHeadersDecode()
    {
        // Frames were cut at 200 bytes, so only whole BHSs at the start of each frame are checked: every one decodes and re-encodes.
        var capture = IscsiCapture.Load("read10-conformance-headers");
        var checkedHeaders = 0;
        foreach (var segment in capture.Segments.Where(s => s.Bytes.Length >= 48))
        {
            var bhs = segment.Bytes[..48];
            if ((IscsiOpcode)(bhs[0] & 0x3f) is not (IscsiOpcode.ScsiCommand or IscsiOpcode.DataIn or IscsiOpcode.ScsiResponse))
            {
                continue;
            }
            var headerOnly = (byte[])bhs.Clone();
            headerOnly[5] = headerOnly[6] = headerOnly[7] = 0; // drop the data the capture lost
            var pdu = IscsiPduReader.Decode(headerOnly, IscsiDigests.None);
            Assert.Equal(Convert.ToHexString(headerOnly), Convert.ToHexString(pdu.ToArray()));
            checkedHeaders++;
        }
        Assert.True(checkedHeaders > 500, $"{checkedHeaders} headers");
    }

    private static Dictionary<string, string> Keys(byte[] flow)
    {
        var keys = new Dictionary<string, string>();
        Walk(flow, IscsiDigests.None, (_, pdu, _) =>
        {
            if (pdu is IscsiLoginRequest or IscsiLoginResponse)
            {
                foreach (var (k, v) in IscsiTextCodec.Parse(pdu.Data.Span))
                {
                    keys[k] = v;
                }
            }
        }, stopAfterLogin: true);
        return keys;
    }

    /// <summary>HeaderDigest/DataDigest results of a stream's login, taken from the target's final login response.</summary>
    private static IscsiDigests DigestsAfterLogin(IscsiCapture capture, int stream)
    {
        var digests = IscsiDigests.None;
        Walk(capture.Flow(stream, false), IscsiDigests.None, (_, pdu, _) =>
        {
            if (pdu is IscsiLoginResponse r)
            {
                foreach (var (k, v) in IscsiTextCodec.Parse(r.Data.Span))
                {
                    digests |= (k, v) switch
                    {
                        ("HeaderDigest", "CRC32C") => IscsiDigests.Header,
                        ("DataDigest", "CRC32C") => IscsiDigests.Data,
                        _ => IscsiDigests.None,
                    };
                }
            }
        }, stopAfterLogin: true);
        return digests;
    }

    /// <summary>Decodes a flow PDU by PDU; digests apply from the first PDU that is not a login PDU.</summary>
    private static int Walk(byte[] flow, IscsiDigests fullFeatureDigests, Action<byte[], IscsiPdu, IscsiDigests> visit, bool stopAfterLogin = false)
    {
        var offset = 0;
        var count = 0;
        var inLogin = true;
        while (offset < flow.Length)
        {
            var opcode = (IscsiOpcode)(flow[offset] & 0x3f);
            inLogin &= opcode is IscsiOpcode.LoginRequest or IscsiOpcode.LoginResponse;
            if (!inLogin && stopAfterLogin)
            {
                break;
            }
            var digests = inLogin ? IscsiDigests.None : fullFeatureDigests;
            Assert.True(IscsiPduReader.TryRead(flow.AsMemory(offset), digests, out var pdu, out var consumed), $"incomplete PDU at {offset}");
            visit(flow[offset..(offset + consumed)], pdu, digests);
            offset += consumed;
            count++;
        }
        return count;
    }

    private static int SkipLogin(byte[] flow)
    {
        var offset = 0;
        while ((IscsiOpcode)(flow[offset] & 0x3f) == IscsiOpcode.LoginResponse)
        {
            IscsiPduReader.TryRead(flow.AsMemory(offset), IscsiDigests.None, out _, out var consumed);
            offset += consumed;
        }
        return offset;
    }
}
