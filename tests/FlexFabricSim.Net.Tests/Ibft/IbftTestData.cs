using System.Net;
using System.Net.NetworkInformation;
using FlexFabricSim.Net.Ethernet;
using FlexFabricSim.Net.Ibft;
using FlexFabricSim.Net.RootPaths;
using FlexFabricSim.Net.Scsi;

namespace FlexFabricSim.Net.Tests.Ibft;

/// <summary>iBFT models for the tests: the dynamic IPv4 boot of G p.8 and an IPv6 boot with mutual CHAP.</summary>
public static class IbftTestData
{
    /// <summary>Port 1 of a 534FLR-SFP+ after a DHCP (option 43) boot from LUN 64 with one-way CHAP.</summary>
    public static IbftModel DhcpIpv4Boot => new()
    {
        Initiator = new IbftInitiator { Name = "iqn.1995-05.com.broadcom:initiator" },
        Nics =
        [
            new IbftNic
            {
                Address = IPAddress.Parse("192.0.2.73"),
                PrefixLength = 24,
                Origin = IbftAddressOrigin.Dhcp,
                Gateway = IPAddress.Parse("192.0.2.1"),
                PrimaryDns = IPAddress.Parse("192.0.2.53"),
                SecondaryDns = IPAddress.Parse("192.0.2.54"),
                DhcpServer = IPAddress.Parse("192.0.2.1"),
                MacAddress = MacAddress.Parse("00-10-18-AA-BB-1C"),
                PciAddress = new PciAddress(0x04, 0x00, 0x01),
            },
        ],
        Targets =
        [
            new IbftTarget
            {
                Address = IPAddress.Parse("192.0.2.1"),
                Lun = ScsiLun.FromNumber(64),
                ChapType = IbftChapType.OneWay,
                TargetName = "iqn.2003-01.org.example:disk1",
                ChapName = "initiator-chap",
                ChapSecret = "secret-secret",
            },
        ],
    };

    /// <summary>An IPv6 boot with a VLAN, mutual CHAP and a second NIC, not selected for boot.</summary>
    public static IbftModel Ipv6MutualChapBoot => new()
    {
        OemId = "HPQ",
        OemTableId = "534M",
        SingleLoginOnly = true,
        Initiator = new IbftInitiator { Name = "iqn.1995-05.com.broadcom:v6", IsnsServer = IPAddress.Parse("2001:db8::5") },
        Nics =
        [
            new IbftNic
            {
                Address = IPAddress.Parse("2001:db8::100"),
                PrefixLength = 64,
                Origin = IbftAddressOrigin.RouterAdvertisement,
                Gateway = IPAddress.Parse("fe80::1"),
                PrimaryDns = IPAddress.Parse("2001:db8::53"),
                VlanId = 100,
                MacAddress = MacAddress.Parse("00-10-18-AA-BB-1E"),
                PciAddress = new PciAddress(0x04, 0x00, 0x03),
                HostName = "blade7",
            },
            new IbftNic
            {
                MacAddress = MacAddress.Parse("00-10-18-AA-BB-20"),
                PciAddress = new PciAddress(0x04, 0x00, 0x05),
                BlockValid = false,
                FirmwareBootSelected = false,
                IsGlobal = false,
            },
        ],
        Targets =
        [
            new IbftTarget
            {
                Address = IPAddress.Parse("2001:db8::1"),
                Port = 3261,
                Lun = RootPathLun.Parse("4186-9"),
                ChapType = IbftChapType.Mutual,
                TargetName = "iqn.2003-01.org.example:v6disk",
                ChapName = "ini",
                ChapSecret = "secret-secret",
                ReverseChapName = "tgt",
                ReverseChapSecret = "other-secret",
            },
        ],
    };
}
