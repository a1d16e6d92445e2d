using FlexFabricSim.Device.Nvram;

namespace FlexFabricSim.Device.Rom;

/// <summary>What is programmed in the card's option ROM: fixed when an image is made, read-only in the menus.</summary>
/// <param name="MbaVersion">Boot agent version printed on the banner, e.g. <c>7.8.21</c>.</param>
/// <param name="IscsiBootVersion">iSCSI boot firmware version, e.g. <c>7.8.3</c>; empty when absent.</param>
/// <param name="IscsiBootFirmware">Whether iSCSI boot firmware is programmed (G p.6, T8 p.27).</param>
public sealed record OptionRom(string MbaVersion, string IscsiBootVersion, IscsiBootFirmware IscsiBootFirmware)
{
    /// <summary>The MBA version of factory images (HP 534-series firmware of 2013; *unverified*).</summary>
    public const string DefaultMbaVersion = "7.8.21";

    /// <summary>The iSCSI boot version of factory images (*unverified*).</summary>
    public const string DefaultIscsiBootVersion = "7.8.3";

    /// <summary>The ROM of a factory image, with or without iSCSI boot firmware.</summary>
    public static OptionRom Factory(bool iscsiBootFirmware) =>
        iscsiBootFirmware
            ? new OptionRom(DefaultMbaVersion, DefaultIscsiBootVersion, IscsiBootFirmware.Present)
            : new OptionRom(DefaultMbaVersion, "", IscsiBootFirmware.Absent);

    /// <summary>Whether the iSCSI Boot Configuration menu and iSCSI boot work.</summary>
    public bool HasIscsiBootFirmware => IscsiBootFirmware == IscsiBootFirmware.Present;

    /// <summary>Why this ROM description is inconsistent, or <c>null</c> if it is fine.</summary>
    public string? Check()
    {
        if (!IsVersion(MbaVersion))
        {
            return $"MBA version '{MbaVersion}' is not a dotted version number.";
        }
        return IscsiBootFirmware switch
        {
            IscsiBootFirmware.Present when !IsVersion(IscsiBootVersion) =>
                $"iSCSI boot version '{IscsiBootVersion}' is not a dotted version number.",
            IscsiBootFirmware.Absent when IscsiBootVersion.Length != 0 =>
                "An iSCSI boot version is given although no iSCSI boot firmware is programmed.",
            IscsiBootFirmware.Present or IscsiBootFirmware.Absent => null,
            _ => $"Unknown iSCSI boot firmware state {(int)IscsiBootFirmware}.",
        };
    }

    private static bool IsVersion(string text) =>
        text.Length is > 0 and <= 16
        && text.Split('.') is { Length: >= 2 and <= 4 } parts
        && parts.All(p => p.Length is > 0 and <= 4 && p.All(char.IsAsciiDigit));
}
