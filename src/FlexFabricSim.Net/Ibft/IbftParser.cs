using System.Buffers.Binary;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using FlexFabricSim.Net.Ethernet;
using System.Text;
using FlexFabricSim.Net.Errors;
using FlexFabricSim.Net.Scsi;
using static FlexFabricSim.Net.Ibft.IbftLayout;

namespace FlexFabricSim.Net.Ibft;

/// <summary>Reads an iSCSI Boot Firmware Table back into an <see cref="IbftModel"/>, checking every offset and the checksum.</summary>
public static class IbftParser
{
    /// <summary>Parses the table at the start of <paramref name="table"/> (bytes after its declared length are ignored).</summary>
    /// <exception cref="IbftFormatException">The bytes are not a well-formed iBFT.</exception>
    public static IbftModel Parse(ReadOnlySpan<byte> table)
    {
        if (table.Length < TableHeaderLength)
        {
            Reject(IbftFormatReason.Truncated, table.Length, table, $"{table.Length} bytes, the header needs {TableHeaderLength}");
        }
        if (!table[..4].SequenceEqual("iBFT"u8))
        {
            Reject(IbftFormatReason.BadSignature, 0, table[..4]);
        }
        var declared = BinaryPrimitives.ReadUInt32LittleEndian(table[LengthOffset..]);
        if (declared < TableHeaderLength + ControlLength)
        {
            Reject(IbftFormatReason.BadLength, LengthOffset, table.Slice(LengthOffset, 4), $"length {declared}");
        }
        if (declared > table.Length)
        {
            Reject(IbftFormatReason.Truncated, table.Length, table[..TableHeaderLength],
                $"the header says {declared} bytes, {table.Length} given");
        }
        table = table[..(int)declared];
        if (table[RevisionOffset] != Revision)
        {
            Reject(IbftFormatReason.BadRevision, RevisionOffset, table.Slice(RevisionOffset, 1));
        }
        byte sum = 0;
        foreach (var b in table)
        {
            sum += b;
        }
        if (sum != 0)
        {
            Reject(IbftFormatReason.BadChecksum, ChecksumOffset, table.Slice(ChecksumOffset, 1), $"bytes sum to 0x{sum:x2}, not 0");
        }

        var control = Structure(table, TableHeaderLength, IbftStructureId.Control, ControlLength);
        var initiatorAt = BinaryPrimitives.ReadUInt16LittleEndian(control[ControlInitiatorOffset..]);
        if (initiatorAt == 0)
        {
            Reject(IbftFormatReason.BadStructureOffset, TableHeaderLength + ControlInitiatorOffset, control, "no initiator structure");
        }
        var nics = ImmutableArray.CreateBuilder<IbftNic>();
        var targets = ImmutableArray.CreateBuilder<IbftTarget>();
        (int Nic, int Target)[] pairs = [(ControlNic0Offset, ControlTarget0Offset), (ControlNic1Offset, ControlTarget1Offset)];
        foreach (var (nicField, targetField) in pairs)
        {
            var nicAt = BinaryPrimitives.ReadUInt16LittleEndian(control[nicField..]);
            if (nicAt != 0)
            {
                nics.Add(ReadNic(table, nicAt));
            }
            var targetAt = BinaryPrimitives.ReadUInt16LittleEndian(control[targetField..]);
            if (targetAt != 0)
            {
                targets.Add(ReadTarget(table, targetAt));
            }
        }

        return new IbftModel
        {
            OemId = ReadAscii(table.Slice(OemIdOffset, OemIdLength)),
            OemTableId = ReadAscii(table.Slice(OemTableIdOffset, OemTableIdLength)),
            SingleLoginOnly = (control[FlagsOffset] & ControlFlagSingleLogin) != 0,
            Initiator = ReadInitiator(table, initiatorAt),
            Nics = nics.ToImmutable(),
            Targets = targets.ToImmutable(),
        };
    }

    private static IbftInitiator ReadInitiator(ReadOnlySpan<byte> table, int at)
    {
        var s = Structure(table, at, IbftStructureId.Initiator, InitiatorLength);
        return new IbftInitiator
        {
            IsnsServer = IbftAddress.Read(s[InitiatorIsnsOffset..]),
            SlpServer = IbftAddress.Read(s[InitiatorSlpOffset..]),
            PrimaryRadiusServer = IbftAddress.Read(s[InitiatorRadius1Offset..]),
            SecondaryRadiusServer = IbftAddress.Read(s[InitiatorRadius2Offset..]),
            Name = ReadString(table, at + InitiatorNameOffset),
            BlockValid = (s[FlagsOffset] & FlagBlockValid) != 0,
            FirmwareBootSelected = (s[FlagsOffset] & FlagFirmwareBootSelected) != 0,
        };
    }

    private static IbftNic ReadNic(ReadOnlySpan<byte> table, int at)
    {
        var s = Structure(table, at, IbftStructureId.Nic, NicLength);
        return new IbftNic
        {
            Address = IbftAddress.Read(s[NicAddressOffset..]),
            PrefixLength = s[NicPrefixOffset],
            Origin = (IbftAddressOrigin)s[NicOriginOffset],
            Gateway = IbftAddress.Read(s[NicGatewayOffset..]),
            PrimaryDns = IbftAddress.Read(s[NicDns1Offset..]),
            SecondaryDns = IbftAddress.Read(s[NicDns2Offset..]),
            DhcpServer = IbftAddress.Read(s[NicDhcpOffset..]),
            VlanId = BinaryPrimitives.ReadUInt16LittleEndian(s[NicVlanOffset..]),
            MacAddress = MacAddress.Read(s[NicMacOffset..]),
            PciAddress = PciAddress.FromPacked(BinaryPrimitives.ReadUInt16LittleEndian(s[NicPciOffset..])),
            HostName = ReadString(table, at + NicHostNameOffset),
            BlockValid = (s[FlagsOffset] & FlagBlockValid) != 0,
            FirmwareBootSelected = (s[FlagsOffset] & FlagFirmwareBootSelected) != 0,
            IsGlobal = (s[FlagsOffset] & NicFlagGlobal) != 0,
        };
    }

    private static IbftTarget ReadTarget(ReadOnlySpan<byte> table, int at)
    {
        var s = Structure(table, at, IbftStructureId.Target, TargetLength);
        return new IbftTarget
        {
            Address = IbftAddress.Read(s[TargetAddressOffset..]),
            Port = BinaryPrimitives.ReadUInt16LittleEndian(s[TargetPortOffset..]),
            Lun = ScsiLun.Read(s[TargetLunOffset..]),
            ChapType = (IbftChapType)s[TargetChapTypeOffset],
            NicIndex = s[TargetNicOffset],
            TargetName = ReadString(table, at + TargetNameOffset),
            ChapName = ReadString(table, at + TargetChapNameOffset),
            ChapSecret = ReadString(table, at + TargetChapSecretOffset),
            ReverseChapName = ReadString(table, at + TargetReverseChapNameOffset),
            ReverseChapSecret = ReadString(table, at + TargetReverseChapSecretOffset),
            BlockValid = (s[FlagsOffset] & FlagBlockValid) != 0,
            FirmwareBootSelected = (s[FlagsOffset] & FlagFirmwareBootSelected) != 0,
            UseRadiusChap = (s[FlagsOffset] & TargetFlagRadiusChap) != 0,
            UseRadiusReverseChap = (s[FlagsOffset] & TargetFlagRadiusReverseChap) != 0,
        };
    }

    /// <summary>The structure at <paramref name="at"/>, after checking it lies in the table and its header says what is expected.</summary>
    private static ReadOnlySpan<byte> Structure(ReadOnlySpan<byte> table, int at, IbftStructureId id, int minimumLength)
    {
        if (at < TableHeaderLength || at + StructureHeaderLength > table.Length)
        {
            Reject(IbftFormatReason.BadStructureOffset, at, table[..TableHeaderLength], $"{id} structure at {at} is outside the table");
        }
        var header = table.Slice(at, StructureHeaderLength);
        if (header[IdOffset] != (byte)id)
        {
            Reject(IbftFormatReason.BadStructureOffset, at, header,
                $"expected a {id} structure (id {(byte)id}), found id {header[IdOffset]}");
        }
        var length = BinaryPrimitives.ReadUInt16LittleEndian(header[StructureLengthOffset..]);
        if (header[VersionOffset] != StructureVersion || length < minimumLength)
        {
            Reject(IbftFormatReason.BadStructureHeader, at, header,
                $"{id}: version {header[VersionOffset]}, length {length} (expected 1, >= {minimumLength})");
        }
        if (at + length > table.Length)
        {
            Reject(IbftFormatReason.BadStructureOffset, at, header, $"{id} structure of {length} bytes runs past the table");
        }
        return table.Slice(at, length);
    }

    /// <summary>Follows the (length, offset) reference stored at <paramref name="referenceAt"/>; null for (0, 0).</summary>
    private static string? ReadString(ReadOnlySpan<byte> table, int referenceAt)
    {
        var length = BinaryPrimitives.ReadUInt16LittleEndian(table[referenceAt..]);
        var offset = BinaryPrimitives.ReadUInt16LittleEndian(table[(referenceAt + 2)..]);
        if (offset == 0)
        {
            if (length != 0)
            {
                Reject(IbftFormatReason.BadStringReference, referenceAt, table.Slice(referenceAt, 4), $"length {length} at offset 0");
            }
            return null;
        }
        if (offset < TableHeaderLength || offset + length >= table.Length || table[offset + length] != 0)
        {
            Reject(IbftFormatReason.BadStringReference, referenceAt, table.Slice(referenceAt, 4),
                $"string of {length} bytes at {offset} is outside the table or not NUL-terminated");
        }
        return Encoding.UTF8.GetString(table.Slice(offset, length));
    }

    private static string ReadAscii(ReadOnlySpan<byte> field) => Encoding.ASCII.GetString(field.TrimEnd((byte)0)).TrimEnd(' ');

    [DoesNotReturn]
    private static void Reject(IbftFormatReason reason, int offset, ReadOnlySpan<byte> detail, string? explanation = null) =>
        IbftFormatException.Reject(reason, offset, detail, explanation);
}
