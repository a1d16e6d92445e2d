using System.Buffers.Binary;
using System.Text;
using static FlexFabricSim.Net.Ibft.IbftLayout;

namespace FlexFabricSim.Net.Ibft;

/// <summary>Builds the iSCSI Boot Firmware Table the boot ROM leaves for the OS (iBFT v1.03) from an <see cref="IbftModel"/>.</summary>
/// <remarks>
/// Two passes, as iPXE's <c>ibft_install</c>: first the 16-byte-aligned offsets of the control, initiator, NIC and target
/// structures and the string heap after them, then the bytes, with the ACPI header and its checksum written last.
/// </remarks>
public static class IbftBuilder
{
    /// <summary>The most NIC structures the control structure can point at (iBFT §3.4).</summary>
    public const int MaxNics = 2;

    /// <summary>Builds the table.</summary>
    /// <exception cref="ArgumentException">The model cannot be written: no NIC or more than two, the published target names a missing NIC,
    /// an OEM id too long, or strings past 64 KiB.</exception>
    public static byte[] Build(IbftModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        if (model.Nics.Length is 0 or > MaxNics)
        {
            throw new ArgumentException($"an iBFT has one or two NIC structures; the model has {model.Nics.Length}", nameof(model));
        }
        // Only the first target is published. What the 57810 ROM does with a second target is unverified; for the BCM57711
        // Cisco documents that only the first target (of the first iSCSI vNIC) goes into the iBFT even when a second is
        // configured, and the SPEC follows that ("iBFT hand-off").
        var target = model.Targets.IsEmpty ? null : model.Targets[0];
        if (target is not null && target.NicIndex >= model.Nics.Length)
        {
            throw new ArgumentException($"the target uses NIC {target.NicIndex}, the model has {model.Nics.Length}", nameof(model));
        }

        // Pass 1: where everything goes.
        var initiatorAt = Align(TableHeaderLength + ControlLength);
        var nic0At = Align(initiatorAt + InitiatorLength);
        var target0At = target is null ? 0 : Align(nic0At + NicLength);
        var nic1At = model.Nics.Length < 2 ? 0 : Align(target is null ? nic0At + NicLength : target0At + TargetLength);
        var structuresEnd = nic1At != 0 ? nic1At + NicLength : target0At != 0 ? target0At + TargetLength : nic0At + NicLength;
        var heap = new IbftStringHeap(Align(structuresEnd));
        var initiatorName = heap.Add(model.Initiator.Name);
        var nic0HostName = heap.Add(model.Nics[0].HostName);
        var targetStrings = target is null
            ? default
            : new TargetStrings(heap.Add(target.TargetName), heap.Add(target.ChapName), heap.Add(target.ChapSecret),
                heap.Add(target.ReverseChapName), heap.Add(target.ReverseChapSecret));
        var nic1HostName = nic1At == 0 ? default : heap.Add(model.Nics[1].HostName);

        // Pass 2: the bytes.
        var table = new byte[heap.End];
        WriteControl(table.AsSpan(TableHeaderLength), model.SingleLoginOnly, initiatorAt, nic0At, target0At, nic1At);
        WriteInitiator(table.AsSpan(initiatorAt), model.Initiator, initiatorName);
        WriteNic(table.AsSpan(nic0At), model.Nics[0], 0, nic0HostName);
        if (target is not null)
        {
            WriteTarget(table.AsSpan(target0At), target, targetStrings);
        }
        if (nic1At != 0)
        {
            WriteNic(table.AsSpan(nic1At), model.Nics[1], 1, nic1HostName);
        }
        heap.WriteTo(table);
        WriteTableHeader(table, model);
        return table;
    }

    private static void WriteTableHeader(Span<byte> table, IbftModel model)
    {
        Encoding.ASCII.GetBytes(Signature, table);
        BinaryPrimitives.WriteUInt32LittleEndian(table[LengthOffset..], (uint)table.Length);
        table[RevisionOffset] = Revision;
        WriteAscii(table.Slice(OemIdOffset, OemIdLength), model.OemId, nameof(model.OemId));
        WriteAscii(table.Slice(OemTableIdOffset, OemTableIdLength), model.OemTableId, nameof(model.OemTableId));
        // ACPI: all bytes of the table, checksum included, add up to zero.
        table[ChecksumOffset] = 0;
        byte sum = 0;
        foreach (var b in table)
        {
            sum += b;
        }
        table[ChecksumOffset] = (byte)-sum;
    }

    private static void WriteControl(Span<byte> control, bool singleLogin, int initiatorAt, int nic0At, int target0At, int nic1At)
    {
        WriteStructureHeader(control, IbftStructureId.Control, ControlLength, 0, singleLogin ? ControlFlagSingleLogin : (byte)0);
        BinaryPrimitives.WriteUInt16LittleEndian(control[ControlExtensionsOffset..], 0);
        BinaryPrimitives.WriteUInt16LittleEndian(control[ControlInitiatorOffset..], (ushort)initiatorAt);
        BinaryPrimitives.WriteUInt16LittleEndian(control[ControlNic0Offset..], (ushort)nic0At);
        BinaryPrimitives.WriteUInt16LittleEndian(control[ControlTarget0Offset..], (ushort)target0At);
        BinaryPrimitives.WriteUInt16LittleEndian(control[ControlNic1Offset..], (ushort)nic1At);
        BinaryPrimitives.WriteUInt16LittleEndian(control[ControlTarget1Offset..], 0);
    }

    private static void WriteInitiator(Span<byte> s, IbftInitiator initiator, IbftStringRef name)
    {
        WriteStructureHeader(s, IbftStructureId.Initiator, InitiatorLength, 0, Flags(initiator.BlockValid, initiator.FirmwareBootSelected));
        IbftAddress.Write(s[InitiatorIsnsOffset..], initiator.IsnsServer);
        IbftAddress.Write(s[InitiatorSlpOffset..], initiator.SlpServer);
        IbftAddress.Write(s[InitiatorRadius1Offset..], initiator.PrimaryRadiusServer);
        IbftAddress.Write(s[InitiatorRadius2Offset..], initiator.SecondaryRadiusServer);
        IbftStringHeap.WriteReference(s[InitiatorNameOffset..], name);
    }

    private static void WriteNic(Span<byte> s, IbftNic nic, byte index, IbftStringRef hostName)
    {
        var flags = (byte)(Flags(nic.BlockValid, nic.FirmwareBootSelected) | (nic.IsGlobal ? NicFlagGlobal : 0));
        WriteStructureHeader(s, IbftStructureId.Nic, NicLength, index, flags);
        IbftAddress.Write(s[NicAddressOffset..], nic.Address);
        s[NicPrefixOffset] = nic.PrefixLength;
        s[NicOriginOffset] = (byte)nic.Origin;
        IbftAddress.Write(s[NicGatewayOffset..], nic.Gateway);
        IbftAddress.Write(s[NicDns1Offset..], nic.PrimaryDns);
        IbftAddress.Write(s[NicDns2Offset..], nic.SecondaryDns);
        IbftAddress.Write(s[NicDhcpOffset..], nic.DhcpServer);
        BinaryPrimitives.WriteUInt16LittleEndian(s[NicVlanOffset..], nic.VlanId);
        nic.MacAddress.WriteTo(s[NicMacOffset..]);
        BinaryPrimitives.WriteUInt16LittleEndian(s[NicPciOffset..], nic.PciAddress.ToPacked());
        IbftStringHeap.WriteReference(s[NicHostNameOffset..], hostName);
    }

    private static void WriteTarget(Span<byte> s, IbftTarget target, TargetStrings strings)
    {
        var flags = (byte)(Flags(target.BlockValid, target.FirmwareBootSelected)
            | (target.UseRadiusChap ? TargetFlagRadiusChap : 0)
            | (target.UseRadiusReverseChap ? TargetFlagRadiusReverseChap : 0));
        WriteStructureHeader(s, IbftStructureId.Target, TargetLength, 0, flags);
        IbftAddress.Write(s[TargetAddressOffset..], target.Address);
        BinaryPrimitives.WriteUInt16LittleEndian(s[TargetPortOffset..], target.Port);
        // The LUN keeps SAM byte order (first level first), as iPXE writes it, not a little-endian number.
        target.Lun.WriteTo(s[TargetLunOffset..]);
        s[TargetChapTypeOffset] = (byte)target.ChapType;
        s[TargetNicOffset] = target.NicIndex;
        IbftStringHeap.WriteReference(s[TargetNameOffset..], strings.Name);
        IbftStringHeap.WriteReference(s[TargetChapNameOffset..], strings.ChapName);
        IbftStringHeap.WriteReference(s[TargetChapSecretOffset..], strings.ChapSecret);
        IbftStringHeap.WriteReference(s[TargetReverseChapNameOffset..], strings.ReverseChapName);
        IbftStringHeap.WriteReference(s[TargetReverseChapSecretOffset..], strings.ReverseChapSecret);
    }

    /// <summary>The heap references of a target's five strings.</summary>
    private readonly record struct TargetStrings(
        IbftStringRef Name,
        IbftStringRef ChapName,
        IbftStringRef ChapSecret,
        IbftStringRef ReverseChapName,
        IbftStringRef ReverseChapSecret);

    private static void WriteStructureHeader(Span<byte> s, IbftStructureId id, int length, byte index, byte flags)
    {
        s[IdOffset] = (byte)id;
        s[VersionOffset] = StructureVersion;
        BinaryPrimitives.WriteUInt16LittleEndian(s[StructureLengthOffset..], (ushort)length);
        s[IndexOffset] = index;
        s[FlagsOffset] = flags;
    }

    private static byte Flags(bool blockValid, bool bootSelected) =>
        (byte)((blockValid ? FlagBlockValid : 0) | (bootSelected ? FlagFirmwareBootSelected : 0));

    private static void WriteAscii(Span<byte> field, string text, string name)
    {
        if (text.Length > field.Length || !Ascii.IsValid(text))
        {
            throw new ArgumentException($"{name} '{text}' must be at most {field.Length} ASCII characters", name);
        }
        Encoding.ASCII.GetBytes(text, field);
    }
}
