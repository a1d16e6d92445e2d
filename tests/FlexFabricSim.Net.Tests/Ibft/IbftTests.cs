using System.Buffers.Binary;
using System.Globalization;
using System.Net;
using System.Text;
using FlexFabricSim.Net.Errors;
using FlexFabricSim.Net.Ibft;
using FlexFabricSim.Net.RootPaths;
using FlexFabricSim.Testing;

namespace FlexFabricSim.Net.Tests.Ibft;

/// <summary>The iBFT builder and parser: spec layout, golden bytes, round trips, and every rejection reason.</summary>
public sealed class IbftTests
{
    [Fact]
    public void The_dhcp_boot_table_matches_its_golden_bytes()
    {
        Snapshot.Verify(HexDump(IbftBuilder.Build(IbftTestData.DhcpIpv4Boot)), "dhcp-ipv4-boot");
    }

    [Fact]
    public void The_ipv6_boot_table_matches_its_golden_bytes()
    {
        Snapshot.Verify(HexDump(IbftBuilder.Build(IbftTestData.Ipv6MutualChapBoot)), "ipv6-mutual-chap-boot");
    }

    [Fact]
    public void Structures_sit_at_16_byte_aligned_offsets_after_the_48_byte_header()
    {
        var table = IbftBuilder.Build(IbftTestData.DhcpIpv4Boot);

        Assert.Equal("iBFT", Encoding.ASCII.GetString(table, 0, 4));
        Assert.Equal((uint)table.Length, BinaryPrimitives.ReadUInt32LittleEndian(table.AsSpan(4)));
        Assert.Equal(1, table[8]);
        // Control at 48: id 1, version 1, length 18; then initiator 80, NIC 160, target 272 (as iPXE and u-root lay them out).
        Assert.Equal("01011200" + "0000", Convert.ToHexStringLower(table.AsSpan(48, 6)));
        Assert.Equal([80, 160, 272, 0, 0], ReadUInt16s(table, 56, 5));
        Assert.Equal(2, table[80]);
        Assert.Equal(3, table[160]);
        Assert.Equal(4, table[272]);
    }

    [Fact]
    public void All_bytes_sum_to_zero()
    {
        var table = IbftBuilder.Build(IbftTestData.Ipv6MutualChapBoot);

        Assert.Equal(0, table.Aggregate(0, (sum, b) => (sum + b) & 0xff));
    }

    [Fact]
    public void Ipv4_addresses_are_ipv4_mapped_ipv6_and_the_lun_keeps_sam_order()
    {
        var table = IbftBuilder.Build(IbftTestData.DhcpIpv4Boot);

        Assert.Equal("00000000000000000000ffffc0000249", Convert.ToHexStringLower(table.AsSpan(160 + 6, 16)));
        Assert.Equal(24, table[160 + 22]);
        Assert.Equal((byte)IbftAddressOrigin.Dhcp, table[160 + 23]);
        Assert.Equal("0040000000000000", Convert.ToHexStringLower(table.AsSpan(272 + 24, 8)));
        Assert.Equal(3260, BinaryPrimitives.ReadUInt16LittleEndian(table.AsSpan(272 + 22)));
        // PCI 04:00.1 packs to bus << 8 | device << 3 | function.
        Assert.Equal(0x0401, BinaryPrimitives.ReadUInt16LittleEndian(table.AsSpan(160 + 96)));
    }

    [Fact]
    public void Strings_are_nul_terminated_in_a_heap_referenced_by_length_and_offset()
    {
        var table = IbftBuilder.Build(IbftTestData.DhcpIpv4Boot);

        var length = BinaryPrimitives.ReadUInt16LittleEndian(table.AsSpan(80 + 70));
        var offset = BinaryPrimitives.ReadUInt16LittleEndian(table.AsSpan(80 + 72));
        Assert.Equal("iqn.1995-05.com.broadcom:initiator", Encoding.ASCII.GetString(table, offset, length));
        Assert.Equal(0, table[offset + length]);
        Assert.Equal(0, offset % 16);
    }

    [Theory]
    [InlineData(nameof(IbftTestData.DhcpIpv4Boot))]
    [InlineData(nameof(IbftTestData.Ipv6MutualChapBoot))]
    public void Tables_parse_back_to_their_model(string name)
    {
        var model = (IbftModel)typeof(IbftTestData).GetProperty(name)!.GetValue(null)!;

        var parsed = IbftParser.Parse(IbftBuilder.Build(model));

        Assert.Equal(model, parsed);
    }

    [Fact]
    public void Only_the_first_target_is_published()
    {
        var second = IbftTestData.DhcpIpv4Boot.Targets[0] with
        {
            Address = IPAddress.Parse("192.0.2.2"),
            TargetName = "iqn.2003-01.org.example:disk2",
        };
        var model = IbftTestData.DhcpIpv4Boot with { Targets = [IbftTestData.DhcpIpv4Boot.Targets[0], second] };

        var parsed = IbftParser.Parse(IbftBuilder.Build(model));

        Assert.Equal("iqn.2003-01.org.example:disk1", Assert.Single(parsed.Targets).TargetName);
    }

    [Fact]
    public void Missing_values_are_zero_and_come_back_as_null()
    {
        var model = IbftTestData.DhcpIpv4Boot with
        {
            Initiator = new IbftInitiator(),
            Nics = [IbftTestData.DhcpIpv4Boot.Nics[0] with { Gateway = null, SecondaryDns = null, DhcpServer = null }],
            Targets = [],
        };

        var table = IbftBuilder.Build(model);
        var parsed = IbftParser.Parse(table);

        Assert.Equal(model, parsed);
        Assert.Equal(0, BinaryPrimitives.ReadUInt16LittleEndian(table.AsSpan(48 + 12)));
    }

    [Fact]
    public void Models_that_cannot_be_written_are_caller_misuse()
    {
        var model = IbftTestData.DhcpIpv4Boot;

        Assert.Throws<ArgumentException>(() => IbftBuilder.Build(model with { Nics = [] }));
        Assert.Throws<ArgumentException>(() => IbftBuilder.Build(model with { Nics = [.. model.Nics, .. model.Nics, .. model.Nics] }));
        Assert.Throws<ArgumentException>(() => IbftBuilder.Build(model with { Targets = [model.Targets[0] with { NicIndex = 1 }] }));
        Assert.Throws<ArgumentException>(() => IbftBuilder.Build(model with { OemId = "TOOLONG" }));
    }

    public static TheoryData<string, IbftFormatReason> Corruptions => new()
    {
        { "short", IbftFormatReason.Truncated },
        { "signature", IbftFormatReason.BadSignature },
        { "length-small", IbftFormatReason.BadLength },
        { "length-large", IbftFormatReason.Truncated },
        { "revision", IbftFormatReason.BadRevision },
        { "checksum", IbftFormatReason.BadChecksum },
        { "control-id", IbftFormatReason.BadStructureOffset },
        { "control-version", IbftFormatReason.BadStructureHeader },
        { "initiator-missing", IbftFormatReason.BadStructureOffset },
        { "initiator-outside", IbftFormatReason.BadStructureOffset },
        { "nic-points-at-target", IbftFormatReason.BadStructureOffset },
        { "target-length", IbftFormatReason.BadStructureHeader },
        { "string-outside", IbftFormatReason.BadStringReference },
        { "string-unterminated", IbftFormatReason.BadStringReference },
        { "string-length-without-offset", IbftFormatReason.BadStringReference },
    };

    [Theory]
    [MemberData(nameof(Corruptions))]
    public void Corrupt_tables_are_rejected_with_their_reason(string corruption, IbftFormatReason reason)
    {
        var table = IbftBuilder.Build(IbftTestData.DhcpIpv4Boot);
        var nameOffset = BinaryPrimitives.ReadUInt16LittleEndian(table.AsSpan(80 + 72));
        var nameLength = BinaryPrimitives.ReadUInt16LittleEndian(table.AsSpan(80 + 70));
        switch (corruption)
        {
            case "short": table = table[..40]; break;
            case "signature": table[0] = (byte)'I'; break;
            case "length-small": BinaryPrimitives.WriteUInt32LittleEndian(table.AsSpan(4), 60); break;
            case "length-large": BinaryPrimitives.WriteUInt32LittleEndian(table.AsSpan(4), (uint)table.Length + 1); break;
            case "revision": table[8] = 2; break;
            case "checksum": table[9]++; break;
            case "control-id": table[48] = 2; break;
            case "control-version": table[49] = 2; break;
            case "initiator-missing": BinaryPrimitives.WriteUInt16LittleEndian(table.AsSpan(56), 0); break;
            case "initiator-outside": BinaryPrimitives.WriteUInt16LittleEndian(table.AsSpan(56), 0xfff0); break;
            case "nic-points-at-target": BinaryPrimitives.WriteUInt16LittleEndian(table.AsSpan(58), 272); break;
            case "target-length": BinaryPrimitives.WriteUInt16LittleEndian(table.AsSpan(272 + 2), 40); break;
            case "string-outside": BinaryPrimitives.WriteUInt16LittleEndian(table.AsSpan(80 + 72), (ushort)(table.Length - 2)); break;
            case "string-unterminated": BinaryPrimitives.WriteUInt16LittleEndian(table.AsSpan(80 + 70), (ushort)(nameLength - 1)); break;
            case "string-length-without-offset": BinaryPrimitives.WriteUInt16LittleEndian(table.AsSpan(80 + 72), 0); break;
        }
        _ = nameOffset;
        if (corruption != "checksum" && table.Length >= 48)
        {
            FixChecksum(table);
        }

        var error = Assert.Throws<IbftFormatException>(() => IbftParser.Parse(table));

        Assert.Equal(reason, error.Reason);
    }

    [Fact]
    public void Bytes_after_the_declared_length_are_ignored()
    {
        var table = IbftBuilder.Build(IbftTestData.DhcpIpv4Boot);

        Assert.Equal(IbftTestData.DhcpIpv4Boot, IbftParser.Parse([.. table, 0xde, 0xad]));
    }

    [Fact]
    public void Pci_addresses_pack_as_bus_device_function()
    {
        var pci = new PciAddress(0x81, 0x1f, 0x7);

        Assert.Equal(0x81ff, pci.ToPacked());
        Assert.Equal(pci, PciAddress.FromPacked(pci.ToPacked()));
        Assert.Equal("81:1f.7", pci.ToString());
        Assert.Throws<ArgumentOutOfRangeException>(() => new PciAddress(0, 32, 0));
    }

    private static void FixChecksum(byte[] table)
    {
        var length = (int)Math.Min(BinaryPrimitives.ReadUInt32LittleEndian(table.AsSpan(4)), (uint)table.Length);
        table[9] = 0;
        byte sum = 0;
        foreach (var b in table.AsSpan(0, length))
        {
            sum += b;
        }
        table[9] = (byte)-sum;
    }

    private static int[] ReadUInt16s(byte[] table, int offset, int count) =>
        [.. Enumerable.Range(0, count).Select(i => (int)BinaryPrimitives.ReadUInt16LittleEndian(table.AsSpan(offset + 2 * i)))];

    /// <summary>A 16-bytes-per-line hex dump with offsets and ASCII, readable in review.</summary>
    private static string HexDump(byte[] bytes)
    {
        var text = new StringBuilder();
        for (var line = 0; line < bytes.Length; line += 16)
        {
            var chunk = bytes.AsSpan(line, Math.Min(16, bytes.Length - line));
            text.Append(line.ToString("x4", CultureInfo.InvariantCulture)).Append("  ");
            for (var i = 0; i < 16; i++)
            {
                text.Append(i < chunk.Length ? chunk[i].ToString("x2", CultureInfo.InvariantCulture) + " " : "   ");
            }
            text.Append(' ');
            foreach (var b in chunk)
            {
                text.Append(b is >= 0x20 and < 0x7f ? (char)b : '.');
            }
            text.Append('\n');
        }
        return text.ToString();
    }
}
