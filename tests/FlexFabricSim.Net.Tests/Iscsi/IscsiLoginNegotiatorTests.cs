using FlexFabricSim.Net.Iscsi;
using FlexFabricSim.Net.Iscsi.Login;

namespace FlexFabricSim.Net.Tests.Iscsi;

/// <summary>RFC 7143 §6.2 result functions, as a responder and as an originator checking answers.</summary>
public sealed class IscsiLoginNegotiatorTests
{
    [Theory]
    [InlineData("InitialR2T", "No", "Yes", "Yes")] // OR
    [InlineData("ImmediateData", "Yes", "No", "No")] // AND
    [InlineData("MaxBurstLength", "262144", "65536", "65536")] // Min
    [InlineData("DefaultTime2Wait", "2", "5", "5")] // Max
    [InlineData("HeaderDigest", "CRC32C,None", "None,CRC32C", "CRC32C")] // the originator's first acceptable value
    [InlineData("HeaderDigest", "CRC32C", "None", "Reject")]
    [InlineData("MaxBurstLength", "12", "65536", "Reject")] // below 512
    [InlineData("X-com.example.Vendor", "1", "1", "NotUnderstood")]
    public void ResponderAppliesTheResultFunction(string key, string offer, string local, string answer)
    {
        var target = new IscsiLoginNegotiator(IscsiNegotiationRole.Target, new Dictionary<string, string> { [key] = local });
        Assert.Equal(new IscsiTextParameter(key, answer), Assert.Single(target.Receive([new(key, offer)])));
    }

    [Theory]
    [InlineData("MaxBurstLength", "65536", "262144")] // a Min answer above the offer
    [InlineData("ImmediateData", "No", "Yes")] // an AND answer of Yes to No
    [InlineData("HeaderDigest", "None", "CRC32C")] // a value never offered
    public void OriginatorRefusesImpossibleAnswers(string key, string offer, string answer)
    {
        var initiator = new IscsiLoginNegotiator(IscsiNegotiationRole.Initiator, new Dictionary<string, string> { [key] = offer });
        initiator.Offer([key]);
        Assert.Equal(IscsiFormatReason.InvalidKeyValue, Assert.Throws<IscsiFormatException>(() => initiator.Receive([new(key, answer)])).Reason);
    }

    [Fact]
    public void LibiscsiOfferAgainstTgtdAnswerGivesTheNegotiatedParameters()
    {
        // The operational exchange of the login-mutual-chap-inquiry capture (libiscsi offering, tgtd answering).
        var offer = new Dictionary<string, string>
        {
            ["HeaderDigest"] = "None,CRC32C", ["DataDigest"] = "None", ["InitialR2T"] = "No", ["ImmediateData"] = "Yes",
            ["MaxBurstLength"] = "262144", ["FirstBurstLength"] = "262144", ["MaxRecvDataSegmentLength"] = "262144",
        };
        var initiator = new IscsiLoginNegotiator(IscsiNegotiationRole.Initiator, offer);
        initiator.Offer(offer.Keys);
        initiator.Receive([new("HeaderDigest", "None"), new("DataDigest", "None"), new("InitialR2T", "Yes"), new("ImmediateData", "Yes"),
            new("MaxBurstLength", "262144"), new("FirstBurstLength", "65536")]);
        var p = initiator.ToParameters();
        Assert.Equal(IscsiDigests.None, p.Digests);
        Assert.True(p.InitialR2T);
        Assert.Equal(65536, p.FirstBurstLength);
        Assert.Equal(262144, p.InitiatorMaxRecvDataSegmentLength);
        Assert.Equal(8192, p.TargetMaxRecvDataSegmentLength); // tgtd declared none: the RFC default applies
    }

    [Fact]
    public void TextCodecRejectsUnterminatedPairsAndBadKeys()
    {
        Assert.Equal(IscsiFormatReason.BadTextFormat, Assert.Throws<IscsiFormatException>(() => IscsiTextCodec.Parse("A=1"u8)).Reason);
        Assert.Equal(IscsiFormatReason.BadTextFormat, Assert.Throws<IscsiFormatException>(() => IscsiTextCodec.Parse("=1\0"u8)).Reason);
        Assert.Equal(IscsiFormatReason.BadTextFormat, Assert.Throws<IscsiFormatException>(() => IscsiTextCodec.Parse("K y=1\0"u8)).Reason);
        Assert.Equal([new("A", "1"), new("B", "")], IscsiTextCodec.Parse("A=1\0\0B=\0"u8));
        Assert.True(IscsiBinaryValue.TryParse("0b3q2+7w==", out var b64) && b64.SequenceEqual(new byte[] { 0xde, 0xad, 0xbe, 0xef }));
        Assert.True(IscsiBinaryValue.TryParse("0xABC", out var odd) && odd.SequenceEqual(new byte[] { 0x0a, 0xbc }));
        Assert.False(IscsiBinaryValue.TryParse("0xZZ", out _));
    }
}
