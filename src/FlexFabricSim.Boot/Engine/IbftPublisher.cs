using System.Net;
using FlexFabricSim.Boot.Flow;
using FlexFabricSim.Boot.Os;
using FlexFabricSim.Device.Nvram;
using FlexFabricSim.Net.Ibft;
using FlexFabricSim.Net.Scsi;
using NetMac = FlexFabricSim.Net.Ethernet.MacAddress;

namespace FlexFabricSim.Boot.Engine;

/// <summary>
/// Builds the iBFT the ROM leaves for the OS from what the boot found, and reads it back the way the OS does, so the OS
/// hand-off sees exactly the published bytes.
/// </summary>
public static class IbftPublisher
{
    /// <summary>The PCI bus the simulated card sits on (fixed, so tables are the same every run).</summary>
    public const byte PciBus = 0x04;

    /// <summary>
    /// The iBFT model of a boot. The target published is the one the ROM logged in to: the table holds only one target
    /// (see <see cref="IbftBuilder"/>), and it must be the one the OS can reach its root disk on.
    /// </summary>
    public static IbftModel Model(EffectiveConfiguration config, AddressReport address, BootTarget target)
    {
        ArgumentNullException.ThrowIfNull(config);
        ArgumentNullException.ThrowIfNull(address);
        ArgumentNullException.ThrowIfNull(target);
        var chap = target.Chap.Mode;
        return new IbftModel
        {
            Initiator = new IbftInitiator { Name = address.InitiatorName },
            Nics =
            [
                new IbftNic
                {
                    Address = address.Address,
                    PrefixLength = (byte)address.PrefixLength,
                    Origin = address.Origin switch
                    {
                        InitiatorAddressOrigin.Static => IbftAddressOrigin.Manual,
                        InitiatorAddressOrigin.Dhcp => IbftAddressOrigin.Dhcp,
                        InitiatorAddressOrigin.LinkLocal => IbftAddressOrigin.WellKnown,
                        _ => IbftAddressOrigin.RouterAdvertisement,
                    },
                    Gateway = address.Gateway,
                    PrimaryDns = address.Dns.Count > 0 ? address.Dns[0] : null,
                    SecondaryDns = address.Dns.Count > 1 ? address.Dns[1] : null,
                    DhcpServer = address.DhcpServer,
                    VlanId = (ushort)(config.VlanId ?? 0),
                    MacAddress = new NetMac(config.WireMac.Value),
                    PciAddress = PciAddressOf(config.At),
                    IsGlobal = !address.Address.IsIPv6LinkLocal,
                },
            ],
            Targets =
            [
                new IbftTarget
                {
                    Address = target.Address,
                    Port = (ushort)target.Port,
                    Lun = ScsiLun.FromNumber((int)target.Lun),
                    TargetName = target.Name,
                    ChapType = chap switch
                    {
                        ChapMode.OneWay => IbftChapType.OneWay,
                        ChapMode.Mutual => IbftChapType.Mutual,
                        _ => IbftChapType.None,
                    },
                    ChapName = chap == ChapMode.None ? null : config.ChapId,
                    ChapSecret = chap == ChapMode.None ? null : config.ChapSecret,
                    ReverseChapName = chap == ChapMode.Mutual ? target.Chap.TargetChapId : null,
                    ReverseChapSecret = chap == ChapMode.Mutual ? target.Chap.TargetChapSecret : null,
                },
            ],
        };
    }

    /// <summary>What the OS reads from the published table, plus what the table does not carry.</summary>
    public static HandOffContext ReadBack(ReadOnlySpan<byte> table, IscsiPath path, OsPhase phase, int linkSpeedMbps)
    {
        var model = IbftParser.Parse(table);
        var nic = model.Nics[0];
        var target = model.Targets[0];
        return new HandOffContext
        {
            Path = path,
            Phase = phase,
            BootLun = target.Lun.TryGetNumber(out var lun) ? (ulong)lun : 0,
            InitiatorName = model.Initiator.Name ?? "",
            TargetName = target.TargetName ?? "",
            InitiatorAddress = nic.Address ?? IPAddress.Any,
            InitiatorOrigin = nic.Origin switch
            {
                IbftAddressOrigin.Manual => InitiatorAddressOrigin.Static,
                IbftAddressOrigin.Dhcp => InitiatorAddressOrigin.Dhcp,
                IbftAddressOrigin.WellKnown => InitiatorAddressOrigin.LinkLocal,
                _ => InitiatorAddressOrigin.RouterAdvertisement,
            },
            TargetPortal = new IPEndPoint(target.Address ?? IPAddress.Any, target.Port),
            Vlan = nic.VlanId == 0 ? null : nic.VlanId,
            LinkSpeedMbps = linkSpeedMbps,
            Mac = nic.MacAddress.ToString(),
            Chap = target.ChapType != IbftChapType.None,
        };
    }

    /// <summary>
    /// The PCI function of a port/function. The 57810 numbers its functions port-interleaved (function 2f+p for port p,
    /// partition f; single-function mode: port 0 is function 0, port 1 function 1) — *unverified* for these HP cards.
    /// </summary>
    public static PciAddress PciAddressOf(NvramAddress at) => new(PciBus, 0, (byte)((2 * at.Function) + at.Port));
}
