using System.Text;
using CsCheck;
using FlexFabricSim.Device.Catalog;
using FlexFabricSim.Device.Images;
using static FlexFabricSim.Device.Tests.TestConfigs;

namespace FlexFabricSim.Device.Tests.Images;

public class FirmwareImageTests
{
    private static readonly byte[] Image = FactoryImages.Default.Encode();

    [Fact]
    public void Header_layout_is_as_documented()
    {
        Assert.Equal(new byte[] { 0x89, (byte)'F', (byte)'F', (byte)'I', (byte)'M', (byte)'G', 0x0D, 0x0A }, Image[..8]);
        Assert.Equal(new byte[] { 0, 1 }, Image[8..10]);
        Assert.Equal(new byte[] { 0, (byte)AdapterModel.Hp534FlrSfp }, Image[10..12]);
        Assert.Equal(Image.Length - 20, System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(Image.AsSpan(12)));
        Assert.Equal(FactoryImages.Default.Create(), FirmwareImage.Decode(Image));
    }

    [Fact]
    public void Encoding_is_deterministic()
    {
        var config = StaticIpv4().With(("iscsi.general.chap-authentication", "enabled"));
        Assert.Equal(FirmwareImage.Encode(config), FirmwareImage.Encode(StaticIpv4().With(("iscsi.general.chap-authentication",
            "enabled"))));
    }

    [Fact]
    public void Every_single_byte_flip_is_refused_with_a_FirmwareImageException()
    {
        foreach (var pattern in new byte[] { 0xFF, 0x01, 0x80, 0x55 })
        {
            for (var i = 0; i < Image.Length; i++)
            {
                var damaged = (byte[])Image.Clone();
                damaged[i] ^= pattern;
                var error = Assert.Throws<FirmwareImageException>(() => FirmwareImage.Decode(damaged));
                Assert.Equal(i < 8 ? FirmwareImageReason.NotAFirmwareImage : FirmwareImageReason.Corrupt, error.Reason);
            }
        }
    }

    [Fact]
    public void Every_truncation_is_refused_with_a_FirmwareImageException()
    {
        for (var length = 0; length < Image.Length; length++)
        {
            var error = Assert.Throws<FirmwareImageException>(() => FirmwareImage.Decode(Image.AsSpan(0, length)));
            Assert.Equal(length < 8 ? FirmwareImageReason.NotAFirmwareImage : FirmwareImageReason.Corrupt, error.Reason);
        }
    }

    [Fact]
    public void Trailing_bytes_are_refused()
    {
        var error = Assert.Throws<FirmwareImageException>(() => FirmwareImage.Decode([.. Image, 0]));
        Assert.Equal(FirmwareImageReason.Corrupt, error.Reason);
    }

    [Fact]
    public void A_newer_format_version_is_refused_as_written_by_a_newer_FlexFabricSim()
    {
        var newer = ImageBytes.Build(Image, ImageBytes.Payload(Image), version: 2);
        var error = Assert.Throws<FirmwareImageException>(() => FirmwareImage.Decode(newer));
        Assert.Equal(FirmwareImageReason.NewerFormat, error.Reason);
        Assert.Contains("newer FlexFabricSim", error.Message);
        // Even with a payload this version cannot read.
        Assert.Equal(FirmwareImageReason.NewerFormat,
            Assert.Throws<FirmwareImageException>(() => FirmwareImage.Decode(ImageBytes.Build(Image, [1, 2, 3], version: 7))).Reason);
        Assert.Equal(FirmwareImageReason.Corrupt,
            Assert.Throws<FirmwareImageException>(() => FirmwareImage.Decode(ImageBytes.Build(Image, ImageBytes.Payload(Image),
                version: 0))).Reason);
    }

    [Theory]
    [InlineData("")]
    [InlineData("hello")]
    [InlineData("\u0089PNG\r\n\u001a\n0000000000000000")]
    [InlineData("{\"model\":\"534FLR-SFP+\"}")]
    public void Foreign_files_are_not_firmware_images(string text)
    {
        var error = Assert.Throws<FirmwareImageException>(() => FirmwareImage.Decode(Encoding.Latin1.GetBytes(text)));
        Assert.Equal(FirmwareImageReason.NotAFirmwareImage, error.Reason);
    }

    [Fact]
    public void An_image_of_another_model_is_refused_when_a_model_is_expected()
    {
        var error = Assert.Throws<FirmwareImageException>(() => FirmwareImage.Decode(Image, AdapterModel.Hp534M));
        Assert.Equal(FirmwareImageReason.WrongModel, error.Reason);
        Assert.Contains("534FLR-SFP+", error.Message);
        Assert.Equal(AdapterModel.Hp534FlrSfp, FirmwareImage.Decode(Image, AdapterModel.Hp534FlrSfp).Model);
    }

    [Theory]
    [InlineData((ushort)0)]
    [InlineData((ushort)99)]
    [InlineData((ushort)AdapterModel.Hp534M)]
    public void Unknown_or_mismatched_model_codes_are_corrupt(ushort modelCode)
    {
        var image = ImageBytes.Build(Image, ImageBytes.Payload(Image), modelCode: modelCode);
        Assert.Equal(FirmwareImageReason.Corrupt, Assert.Throws<FirmwareImageException>(() => FirmwareImage.Decode(image)).Reason);
    }

    [Theory]
    [InlineData("iscsi.general.target-as-first-hdd", "enabled", "Target as First HDD")]
    [InlineData("iscsi.target1.boot-lun", "256", "between 0 and 255")]
    [InlineData("mba.link-speed", "1gbps", "10Gbps")]
    [InlineData("iscsi.initiator.chap-secret", "short", "12 to 16")]
    [InlineData("iscsi.general.ip-version", "ipv6", "IPv6 address")]
    [InlineData("mba.boot-protocol", "PXE", "canonical")]
    public void Values_the_cards_rules_refuse_make_the_image_corrupt(string key, string value, string expected)
    {
        var image = ImageBytes.WithValue(Image, key, value);
        var error = Assert.Throws<FirmwareImageException>(() => FirmwareImage.Decode(image));
        Assert.Equal(FirmwareImageReason.Corrupt, error.Reason);
        Assert.Contains(expected, error.Message);
    }

    [Fact]
    public void Fields_unknown_to_this_build_mean_a_newer_FlexFabricSim_wrote_the_image()
    {
        var tree = ImageBytes.Tree(Image);
        tree[3] = ((object[])tree[3]).Append(new object[] { "zz.future-field", "x" }).ToArray();
        var error = DecodeError(tree);
        Assert.Equal(FirmwareImageReason.NewerFormat, error.Reason);
        Assert.Contains("zz.future-field", error.Message);
    }

    [Fact]
    public void Fields_missing_from_an_older_image_take_their_defaults()
    {
        // An image written before a field existed lacks it; adding a field to the catalog must not break old images.
        var ipv6 = FactoryImages.Default.Create().With(("iscsi.general.ip-version", "ipv6"), ("iscsi.target1.boot-lun", "9"));
        var image = FirmwareImage.Encode(ipv6);
        var tree = ImageBytes.Tree(image);
        tree[3] = Array.Empty<object>();
        var function0 = (object[])((object[])((object[])tree[4])[0])[1];
        function0[0] = ((object[])function0[0]).Cast<object[]>()
            .Where(pair => (string)pair[0] is not ("iscsi.initiator.ip-address" or "iscsi.target1.boot-lun")).ToArray();
        var decoded = FirmwareImage.Decode(ImageBytes.Build(image, ImageBytes.Serialize(tree)));
        Assert.Equal("single-function", decoded.Get(Port0, "adapter.multi-function-mode"));
        Assert.Equal("::", decoded.Get(Port0, "iscsi.initiator.ip-address"));
        Assert.Equal("0", decoded.Get(Port0, "iscsi.target1.boot-lun"));
        Assert.Equal(ipv6.With(("iscsi.target1.boot-lun", "0")), decoded);
    }

    [Fact]
    public void Misplaced_or_reordered_keys_make_the_image_corrupt()
    {
        var tree = ImageBytes.Tree(Image);
        tree[3] = ((object[])tree[3]).Append(new object[] { "mba.boot-protocol", "pxe" }).ToArray();
        var misplaced = DecodeError(tree);
        Assert.Equal(FirmwareImageReason.Corrupt, misplaced.Reason);
        Assert.Contains("is not stored at the adapter level", misplaced.Message);

        tree = ImageBytes.Tree(Image);
        var port = (object[])((object[])tree[4])[0];
        port[0] = ((object[])port[0]).Reverse().ToArray();
        Assert.Contains("key order", DecodeError(tree).Message);
    }

    private static FirmwareImageException DecodeError(object[] tree) =>
        Assert.Throws<FirmwareImageException>(() => FirmwareImage.Decode(ImageBytes.Build(Image, ImageBytes.Serialize(tree))));

    [Theory]
    [InlineData(new byte[] { 0xC0 })]
    [InlineData(new byte[] { 0x90 })]
    [InlineData(new byte[] { 0x95, 0x02, 0xC0, 0xC0, 0xC0, 0xC0 })]
    [InlineData(new byte[] { 0x95, 0x02, 0xC4, 0x03, 1, 2, 3, 0xC0, 0xC0, 0xC0 })]
    [InlineData(new byte[] { 0xDD, 0xFF, 0xFF, 0xFF, 0xFF })]
    [InlineData(new byte[] { 0xA3, 0x61 })]
    public void Payloads_that_are_not_a_configuration_are_corrupt(byte[] payload)
    {
        var error = Assert.Throws<FirmwareImageException>(() => FirmwareImage.Decode(ImageBytes.Build(Image, payload)));
        Assert.Equal(FirmwareImageReason.Corrupt, error.Reason);
    }

    [Fact]
    public void Random_payload_damage_behind_a_valid_CRC_is_refused_or_decodes_to_a_valid_configuration()
    {
        // Only a FirmwareImageException may come out: any other exception type fails the sample.
        var payload = ImageBytes.Payload(Image);
        Gen.Select(Gen.Int[0, payload.Length - 1], Gen.Byte, Gen.Int[0, payload.Length])
            .Sample((index, value, cut) =>
            {
                var damaged = (byte[])payload.Clone();
                damaged[index] = value;
                var image = ImageBytes.Build(Image, damaged[..Math.Max(cut, 1)]);
                try
                {
                    Assert.Empty(FirmwareImage.Decode(image).Validate());
                }
                catch (FirmwareImageException error)
                {
                    // A damaged field key reads as a field this build does not know, i.e. a newer writer.
                    Assert.True(error.Reason is FirmwareImageReason.Corrupt or FirmwareImageReason.NewerFormat, error.ToString());
                }
            }, iter: 5_000);
    }

    [Fact]
    public void Read_refuses_huge_files_and_reports_missing_ones_as_IO_errors()
    {
        using var folder = new TempFolder();
        var huge = Path.Combine(folder.Path, "huge.ffimg");
        using (var stream = File.Create(huge))
        {
            stream.SetLength(FirmwareImage.MaxFileLength + 1);
        }
        Assert.Equal(FirmwareImageReason.NotAFirmwareImage, Assert.Throws<FirmwareImageException>(() => FirmwareImage.Read(huge)).Reason);
        Assert.Throws<FileNotFoundException>(() => FirmwareImage.Read(Path.Combine(folder.Path, "missing.ffimg")));
    }
}
