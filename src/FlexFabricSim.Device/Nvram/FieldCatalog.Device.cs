using FlexFabricSim.Device.Rom;

namespace FlexFabricSim.Device.Nvram;

// Adapter-wide, address, Multi-Function and option ROM fields.
public static partial class FieldCatalog
{
    private static IEnumerable<FieldDefinition> AdapterFields() =>
    [
        Choice(FieldKeys.Adapter.MultiFunctionMode, ScreenId.Adapter, 1, "Multi-Function Mode", FieldScope.Adapter,
            Choices.MultiFunctionMode, MultiFunctionMode.SingleFunction,
            "Single Function gives each port one function; Multi-Function (NPAR) splits each port into four, and HBA Boot Mode can then " +
            "no longer be changed (G p.6).",
            6) with { Source = "G p.6, 8, 18; values B, D; labels *unverified*" },
    ];

    private static IEnumerable<FieldDefinition> AddressFields() =>
    [
        new(FieldKeys.Mac.Ethernet, ScreenId.Addresses, 1, "MAC Address", FieldKind.MacAddress, FieldScope.Function, "",
            "The function's own Ethernet address, used on the wire by the non-offload boot path; read-only (SPEC \"Adapters\").", 4)
        {
            IsReadOnly = true,
            Source = "D; derivation from the base MAC *unverified*",
        },
        new(FieldKeys.Mac.Iscsi, ScreenId.Addresses, 2, "iSCSI MAC Address", FieldKind.MacAddress, FieldScope.Function, "",
            "The function's separate iSCSI address, used on the wire by the offload (HBA) boot path; read-only (SPEC \"Adapters\").", 4)
        {
            IsReadOnly = true,
            Source = "D; derivation and wire use *unverified*",
        },
    ];

    private static IEnumerable<FieldDefinition> MultiFunctionFields() =>
    [
        Choice(FieldKeys.Npar.FlowControl, ScreenId.MultiFunction, 1, "Flow Control", FieldScope.Port,
            Choices.FlowControl, FlowControl.Auto,
            "Pause-frame flow control of the whole port, shared by its four functions (B, D).", null)
            with { Source = "B, D; labels *unverified*" },
        Switch(FieldKeys.Npar.Ethernet, ScreenId.MultiFunction, 2, "Ethernet", FieldScope.Function, enabledByDefault: true,
            "Whether this function presents an Ethernet (NDIS/L2) device to the OS (B, D).", null)
            with { Source = "B, D; labels and default *unverified*" },
        Switch(FieldKeys.Npar.IscsiOffload, ScreenId.MultiFunction, 3, "iSCSI Offload", FieldScope.Function, enabledByDefault: false,
            "Whether this function offers iSCSI offload; in Multi-Function mode iSCSI boot is configured on a function that has it " +
            "(SPEC).", null)
            with { Source = "B, D; labels and default *unverified*" },
        Switch(FieldKeys.Npar.FcoeOffload, ScreenId.MultiFunction, 4, "FCoE Offload", FieldScope.Function, enabledByDefault: false,
            "Whether this function offers FCoE offload (B, D).", null)
            with { Source = "B, D; labels and default *unverified*" },
        Integer(FieldKeys.Npar.RelativeBandwidthWeight, ScreenId.MultiFunction, 5, "Relative Bandwidth Weight", FieldScope.Function,
            0, 100, 0,
            "This function's share of the port under congestion, 0-100; 0 on every function means equal shares (B, D).", null)
            with { Source = "B, D" },
        Integer(FieldKeys.Npar.MaximumBandwidth, ScreenId.MultiFunction, 6, "Maximum Bandwidth", FieldScope.Function,
            0, 100, 100,
            "The most this function may use, in percent of the port's speed, 0-100 (B, D).", null)
            with { Source = "B, D; default *unverified*" },
    ];

    private static IEnumerable<FieldDefinition> RomFields() =>
    [
        Choice(FieldKeys.Rom.IscsiBootFirmware, ScreenId.Rom, 1, "iSCSI Boot Firmware", FieldScope.Adapter,
            Choices.IscsiBootFirmware, IscsiBootFirmware.Present,
            "Whether iSCSI boot firmware is programmed in NVRAM; without it the iSCSI Boot Configuration menu does nothing (G p.6, T8 " +
            "p.27).",
            27) with { IsReadOnly = true },
        new(FieldKeys.Rom.MbaVersion, ScreenId.Rom, 2, "MBA Version", FieldKind.Text, FieldScope.Adapter, OptionRom.DefaultMbaVersion,
            "The boot agent version printed on the banner at power-on (SPEC \"Pre-boot flow\").", 6)
        {
            IsReadOnly = true,
            Source = "version numbers *unverified*",
        },
        new(FieldKeys.Rom.IscsiBootVersion, ScreenId.Rom, 3, "iSCSI Boot Version", FieldKind.Text, FieldScope.Adapter,
            OptionRom.DefaultIscsiBootVersion,
            "The iSCSI boot firmware version, empty when none is programmed (G p.6).", 6)
        {
            IsReadOnly = true,
            Source = "version numbers *unverified*",
        },
    ];
}
