namespace FlexFabricSim.Net.Ibft;

/// <summary>Sizes and field offsets of the iBFT (spec v1.03 §3); every multi-byte field is little-endian (§2.3).</summary>
internal static class IbftLayout
{
    /// <summary>The table signature (iBFT §3.3).</summary>
    public const string Signature = "iBFT";

    /// <summary>The only table revision (iBFT §3.3).</summary>
    public const byte Revision = 1;

    /// <summary>The version of every structure (iBFT §3.2).</summary>
    public const byte StructureVersion = 1;

    /// <summary>
    /// Structures and the string heap start on 16-byte boundaries, as tables are searched for on 16-byte boundaries (iBFT §3.3) and iPXE
    /// aligns them.
    /// </summary>
    public const int Alignment = 16;

    /// <summary>The ACPI header (36 bytes) plus 12 reserved bytes; the control structure follows (iBFT §3.3).</summary>
    public const int TableHeaderLength = 48;

    /// <summary>Bytes of the standard structure header: id, version, length 2, index, flags (iBFT §3.2).</summary>
    public const int StructureHeaderLength = 6;

    /// <summary>Control structure length without extensions (iBFT §3.4).</summary>
    public const int ControlLength = 18;

    /// <summary>Initiator structure length (iBFT §3.5).</summary>
    public const int InitiatorLength = 74;

    /// <summary>NIC structure length (iBFT §3.6).</summary>
    public const int NicLength = 102;

    /// <summary>Target structure length (iBFT §3.7).</summary>
    public const int TargetLength = 54;

    /// <summary>An IP address field: IPv6, or IPv4-mapped IPv6 (iBFT §2.1).</summary>
    public const int AddressLength = 16;

    // Table header (ACPI header, iBFT §3.3).
    public const int LengthOffset = 4;
    public const int RevisionOffset = 8;
    public const int ChecksumOffset = 9;
    public const int OemIdOffset = 10;
    public const int OemIdLength = 6;
    public const int OemTableIdOffset = 16;
    public const int OemTableIdLength = 8;

    // Standard structure header (iBFT §3.2), relative to the structure.
    public const int IdOffset = 0;
    public const int VersionOffset = 1;
    public const int StructureLengthOffset = 2;
    public const int IndexOffset = 4;
    public const int FlagsOffset = 5;

    // Control structure (iBFT §3.4).
    public const int ControlExtensionsOffset = 6;
    public const int ControlInitiatorOffset = 8;
    public const int ControlNic0Offset = 10;
    public const int ControlTarget0Offset = 12;
    public const int ControlNic1Offset = 14;
    public const int ControlTarget1Offset = 16;

    // Initiator structure (iBFT §3.5).
    public const int InitiatorIsnsOffset = 6;
    public const int InitiatorSlpOffset = 22;
    public const int InitiatorRadius1Offset = 38;
    public const int InitiatorRadius2Offset = 54;
    public const int InitiatorNameOffset = 70;

    // NIC structure (iBFT §3.6).
    public const int NicAddressOffset = 6;
    public const int NicPrefixOffset = 22;
    public const int NicOriginOffset = 23;
    public const int NicGatewayOffset = 24;
    public const int NicDns1Offset = 40;
    public const int NicDns2Offset = 56;
    public const int NicDhcpOffset = 72;
    public const int NicVlanOffset = 88;
    public const int NicMacOffset = 90;
    public const int NicPciOffset = 96;
    public const int NicHostNameOffset = 98;

    // Target structure (iBFT §3.7).
    public const int TargetAddressOffset = 6;
    public const int TargetPortOffset = 22;
    public const int TargetLunOffset = 24;
    public const int TargetChapTypeOffset = 32;
    public const int TargetNicOffset = 33;
    public const int TargetNameOffset = 34;
    public const int TargetChapNameOffset = 38;
    public const int TargetChapSecretOffset = 42;
    public const int TargetReverseChapNameOffset = 46;
    public const int TargetReverseChapSecretOffset = 50;

    // Flag bits (iBFT §3.5-3.7).
    public const byte FlagBlockValid = 0x01;
    public const byte FlagFirmwareBootSelected = 0x02;
    public const byte NicFlagGlobal = 0x04;
    public const byte TargetFlagRadiusChap = 0x04;
    public const byte TargetFlagRadiusReverseChap = 0x08;
    public const byte ControlFlagSingleLogin = 0x01;

    /// <summary>Rounds <paramref name="offset"/> up to <see cref="Alignment"/>.</summary>
    public static int Align(int offset) => (offset + Alignment - 1) & ~(Alignment - 1);
}
