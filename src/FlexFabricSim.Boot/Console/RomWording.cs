using System.Globalization;
using FlexFabricSim.Device.Rom;

namespace FlexFabricSim.Boot.Console;

/// <summary>
/// The option ROM's console wording as data. Only the setup prompt's wording has a source (an HP-branded Broadcom agent,
/// SPEC "Pre-boot flow"); every other line is our best reading of a Broadcom MBA / iSCSI boot ROM and is marked
/// unverified, so a correction from a real card is a one-line change here.
/// </summary>
public static class RomWording
{
    private const string Ours = "unverified: our wording in the style of the Broadcom MBA";

    private static readonly Dictionary<RomMessage, RomText> Table = new()
    {
        // The banner belongs to the option ROM: one wording, kept with it in the device model.
        [RomMessage.BannerProduct] = new(OptionRomBanner.ProductLineFormat, false,
            "SPEC: HP-branded Broadcom boot agents print 'HP Ethernet Boot Agent vX.Y.Z'; the 534 series' line is unverified"),
        [RomMessage.BannerCopyright] = new(OptionRomBanner.CopyrightLine, false,
            "unverified: the years follow the guide's 2013 edition"),
        [RomMessage.SetupPrompt] = new(OptionRomBanner.PromptFormat, true,
            "SPEC 'Pre-boot flow': the prompt of an HP-branded Broadcom agent; {0} is Ctrl-S or Ctrl-B"),
        [RomMessage.IscsiSignOn] = new("HP iSCSI Boot v{0}", false, Ours),
        [RomMessage.ProtocolNotIscsi] = new("Boot Protocol: {0} (iSCSI boot not selected)", false, Ours),
        [RomMessage.FirmwareAbsent] = new("iSCSI boot firmware not present", false, Ours + "; T8, G p.27"),
        [RomMessage.LinkWaiting] = new("Waiting for link ...", false, Ours),
        [RomMessage.LinkUp] = new("Link up: {0}", false, Ours),
        [RomMessage.NoLink] = new("No link detected", false, Ours),
        [RomMessage.LinkUpDelay] = new("Link Up Delay: {0} seconds", false, Ours + "; the option is G p.5"),
        [RomMessage.StaticIpv4] = new("Static IP: {0}  Mask: {1}  Gateway: {2}", false, Ours),
        [RomMessage.StaticIpv6] = new("Static IPv6: {0}/{1}", false, Ours),
        [RomMessage.Dhcp4Start] = new("DHCP ...", false, Ours),
        [RomMessage.Dhcp4Lease] = new("DHCP IP: {0}  Mask: {1}  Gateway: {2}  Server: {3}", false, Ours),
        [RomMessage.Dhcp4Failed] = new("DHCP failed: no answer from a DHCP server", false, Ours),
        [RomMessage.Ipv6Autoconfig] = new("IPv6 autoconfiguration ...", false, Ours),
        [RomMessage.NoRouterAdvertisement] = new("No router advertisement received", false, Ours),
        [RomMessage.Ipv6Address] = new("IPv6: {0} ({1})", false, Ours),
        [RomMessage.Dhcp6Start] = new("DHCPv6 ...", false, Ours),
        [RomMessage.Dhcp6Failed] = new("DHCPv6 failed: no answer from a DHCPv6 server", false, Ours),
        [RomMessage.DhcpNoTarget] = new("No iSCSI target information from DHCP", false, Ours),
        [RomMessage.RootPathInvalid] = new("Invalid root path: {0}", false, Ours),
        [RomMessage.NoTarget] = new("No iSCSI target configured", false, Ours),
        [RomMessage.Connecting] = new("Connecting to target {0} ({1}) ...", false, Ours),
        [RomMessage.LoginOk] = new("Login successful", false, Ours),
        [RomMessage.LoginFailed] = new("Login failed: {0}", false, Ours),
        [RomMessage.LoginRetry] = new("Retrying ({0} of {1}) ...", false, Ours),
        [RomMessage.LunBusy] = new("LUN {0} busy, retrying ({1} of {2}) ...", false, Ours),
        [RomMessage.LunAttached] = new("LUN {0}: {1} {2}", false, Ours),
        [RomMessage.LunNotFound] = new("Boot LUN {0} not found on target", false, Ours),
        [RomMessage.NoBootSignature] = new("LUN {0}: no boot signature, disk is not bootable", false, Ours),
        [RomMessage.ScsiError] = new("LUN {0}: {1}", false, Ours),
        [RomMessage.BootFailed] = new("iSCSI boot failed", false, Ours),
        [RomMessage.Booting] = new("Booting from iSCSI target ...", false, Ours),
        [RomMessage.ReturnToBios] = new("Boot to iSCSI target disabled: returning to BIOS", false, Ours),
    };

    /// <summary>Every message with its wording and source.</summary>
    public static IReadOnlyDictionary<RomMessage, RomText> All => Table;

    /// <summary>The card's line for <paramref name="message"/> with its arguments filled in (invariant culture).</summary>
    public static string Format(RomMessage message, params object?[] args) =>
        string.Format(CultureInfo.InvariantCulture, Table[message].Template, args);
}
