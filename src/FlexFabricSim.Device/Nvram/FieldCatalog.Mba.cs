namespace FlexFabricSim.Device.Nvram;

// MBA Configuration menu (G p.6; fields and ranges from B and D), in SPEC's table order.
public static partial class FieldCatalog
{
    private static IEnumerable<FieldDefinition> MbaFields() =>
    [
        Switch(FieldKeys.Mba.OptionRom, ScreenId.Mba, 1, "Option ROM", FieldScope.Function, enabledByDefault: true,
            "Whether the boot agent runs at power-on; when disabled nothing on the MBA or iSCSI screens is used (G p.6).", 6)
            with { Source = "G p.6, B" },
        Choice(FieldKeys.Mba.BootProtocol, ScreenId.Mba, 2, "Boot Protocol", FieldScope.Function,
            Choices.BootProtocol, BootProtocol.Pxe,
            "What the boot agent does at power-on; set it to iSCSI (left/right arrows) to boot from an iSCSI target (G p.6).", 6),
        Choice(FieldKeys.Mba.BootStrapType, ScreenId.Mba, 3, "Boot Strap Type", FieldScope.Function,
            Choices.BootStrapType, BootStrapType.AutoDetect,
            "How the option ROM joins the BIOS boot order; Auto Detect suits almost every server (D).", null)
            with { Source = "D" },
        Switch(FieldKeys.Mba.HideSetupPrompt, ScreenId.Mba, 4, "Hide Setup Prompt", FieldScope.Function, enabledByDefault: false,
            "When enabled the banner does not offer the setup key, though the key still works (B).", null)
            with { Source = "B" },
        Choice(FieldKeys.Mba.SetupKeyStroke, ScreenId.Mba, 5, "Setup Key Stroke", FieldScope.Function,
            Choices.SetupKeyStroke, SetupKeyStroke.CtrlS,
            "The key that opens this menu from the banner; with Ctrl-B chosen, Ctrl-S does nothing (G p.6, B).", 6)
            with { Source = "B" },
        Integer(FieldKeys.Mba.BannerMessageTimeout, ScreenId.Mba, 6, "Banner Message Timeout", FieldScope.Function, 0, 14, 5,
            "Seconds the banner waits for the setup key, 0-14 (D).", null)
            with { Source = "B, D" },
        Choice(FieldKeys.Mba.LinkSpeed, ScreenId.Mba, 7, "Link Speed", FieldScope.Port,
            Choices.LinkSpeed, LinkSpeedSetting.AutoNeg,
            "The port's speed during boot; SFP+ models run 10Gbps only because SFP+ does not autonegotiate (G p.26, T5).", 26)
            with { FixedSpeedDefault = Choices.LinkSpeed.ToValue(LinkSpeedSetting.TenGbps), Source = "D; G p.26 T5" },
        Switch(FieldKeys.Mba.PreBootWol, ScreenId.Mba, 8, "Pre-boot Wake On LAN", FieldScope.Port, enabledByDefault: false,
            "Whether a magic packet can power the server on while no OS driver runs (B).", null)
            with { Source = "B" },
        Switch(FieldKeys.Mba.VlanMode, ScreenId.Mba, 9, "VLAN Mode", FieldScope.Function, enabledByDefault: false,
            "Whether boot traffic is VLAN-tagged; the Microsoft iSCSI initiator does not support VLAN tagging for iSCSI boot (G p.18).", 18)
            with { Source = "B, D; G p.18" },
        Integer(FieldKeys.Mba.VlanId, ScreenId.Mba, 10, "VLAN ID (1..4094)", FieldScope.Function, 1, 4094, 1,
            "The VLAN tag used when VLAN Mode is enabled, 1-4094; read-only while VLAN Mode is disabled (D).", null)
            with { Source = "D" },
        new(FieldKeys.Mba.BootRetryCount, ScreenId.Mba, 11, "Boot Retry Count", FieldKind.Choice, FieldScope.Function, "0",
            "How many more times the boot agent tries when a boot fails, up to 6 or indefinitely (D).", null)
        {
            Choices = Choices.BootRetryCount,
            Source = "D",
        },
    ];
}
