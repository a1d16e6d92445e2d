using FlexFabricSim.Boot.Engine;
using FlexFabricSim.Boot.Flow;
using FlexFabricSim.Boot.Lab;

namespace FlexFabricSim.Boot.Tests.Engine;

public sealed class BootSectorCheckTests
{
    [Theory]
    [InlineData(LabDiskContent.Mbr, BootSignature.Mbr)]
    [InlineData(LabDiskContent.Gpt, BootSignature.Gpt)]
    [InlineData(LabDiskContent.Blank, BootSignature.None)]
    public void LabDisksCarryWhatTheySay(LabDiskContent content, BootSignature expected)
    {
        using var disk = LabDisk.Create(new LabLunDefinition { SizeBytes = 8L << 20, Content = content });
        var sectors = new byte[BootSectorCheck.BytesNeeded];
        disk.Read(0, sectors);
        Assert.Equal(expected, BootSectorCheck.Inspect(sectors));
    }

    [Fact]
    public void GptHeaderCarriesAValidCrc()
    {
        using var disk = LabDisk.Create(new LabLunDefinition { SizeBytes = 8L << 20, Content = LabDiskContent.Gpt });
        var header = new byte[92];
        disk.Read(512, header);
        var stored = BitConverter.ToUInt32(header, 16);
        header.AsSpan(16, 4).Clear();
        Assert.Equal(System.IO.Hashing.Crc32.HashToUInt32(header), stored);
    }

    [Fact]
    public void ShortOrUnsignedSectorsAreNotBootable()
    {
        Assert.Equal(BootSignature.None, BootSectorCheck.Inspect(new byte[100]));
        var mbrOnly = new byte[512];
        mbrOnly[510] = 0x55;
        mbrOnly[511] = 0xAA;
        Assert.Equal(BootSignature.Mbr, BootSectorCheck.Inspect(mbrOnly));
        mbrOnly[446 + 4] = 0xEE;
        Assert.Equal(BootSignature.Mbr, BootSectorCheck.Inspect(mbrOnly)); // protective MBR but no GPT header readable
    }
}
