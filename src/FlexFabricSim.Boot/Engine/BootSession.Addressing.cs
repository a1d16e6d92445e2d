using System.Globalization;
using System.Net;
using System.Net.Sockets;
using FlexFabricSim.Boot.Console;
using FlexFabricSim.Boot.Events;
using FlexFabricSim.Boot.Flow;
using FlexFabricSim.Boot.Os;
using FlexFabricSim.Device.Nvram;
using FlexFabricSim.Net;
using FlexFabricSim.Net.Stack;

namespace FlexFabricSim.Boot.Engine;

// Addressing (G p.5-11): static IPv4 / IPv6 from the Initiator screen, DHCPv4, IPv6 autoconfiguration and DHCPv6; the
// targets come from the screens or from DHCP, and a DHCP server's DNS always replaces the screen's (G p.8).
internal sealed partial class BootSession
{
    private async Task StaticAddressAsync(CancellationToken cancellationToken)
    {
        var initiator = _config.Initiator;
        var v6 = _config.IpVersion == IpVersion.Ipv6;
        var family = v6 ? AddressFamily.InterNetworkV6 : AddressFamily.InterNetwork;
        if (!AdapterPort.IsSet(initiator.IpAddress, family))
        {
            _flow.AddressingFailed(new StepFailure(BootEventId.Engine(EngineCode.NoStaticAddress),
                $"The Initiator Parameters IP Address is unset ({initiator.IpAddress}): enter the initiator's address, or enable "
                + (v6 ? "IP Autoconfiguration." : "TCP/IP parameters via DHCP."), new GuideReference(7)));
            return;
        }
        var gateway = AdapterPort.IsSet(initiator.DefaultGateway, family) ? initiator.DefaultGateway : null;
        if (v6)
        {
            // The static IPv6 address went into the stack at start; it is usable once duplicate address detection passed.
            await _port.WaitUntilAsync(() => _port.Stack.IPv6Addresses.Any(a => a.Address.Equals(initiator.IpAddress) && a.IsUsable),
                TimeSpan.FromSeconds(5), _time, cancellationToken);
            _journal.Print(RomMessage.StaticIpv6, initiator.IpAddress, initiator.PrefixLength);
        }
        else
        {
            _port.Stack.ConfigureIPv4(new IPv4Configuration(new IPPrefix(initiator.IpAddress, initiator.PrefixLength), gateway));
            _journal.Print(RomMessage.StaticIpv4, initiator.IpAddress, PrefixToMask(initiator.PrefixLength), gateway ?? IPAddress.Any);
        }
        _journal.Record(EngineCode.StaticAddress, string.Create(CultureInfo.InvariantCulture,
            $"Static address {initiator.IpAddress}/{initiator.PrefixLength}, gateway {gateway?.ToString() ?? "none"} (Initiator Parameters)."));

        var address = new AddressReport
        {
            Address = initiator.IpAddress,
            PrefixLength = initiator.PrefixLength,
            Gateway = gateway,
            Dns = [initiator.PrimaryDns, initiator.SecondaryDns],
            Origin = initiator.IpAddress.IsIPv6LinkLocal ? InitiatorAddressOrigin.LinkLocal : InitiatorAddressOrigin.Static,
            InitiatorName = _config.InitiatorName,
            Targets = StaticTargets(),
        };
        if (_config.TargetSource == TargetSource.Dhcp)
        {
            await TargetsFromDhcpAsync(address, cancellationToken);
            return;
        }
        _flow.AddressConfigured(address);
    }

    /// <summary>The targets of the 1st / 2nd Target Parameters screens with Connect enabled.</summary>
    private List<BootTarget> StaticTargets() =>
    [
        .. _config.StaticTargets.Select(t => new BootTarget(t.Number, t.Address, t.TcpPort, (ulong)t.BootLun, t.IscsiName, t.Chap,
            t.Number == 1 ? "1st Target Parameters" : "2nd Target Parameters")),
    ];

    private static IPAddress PrefixToMask(int prefixLength)
    {
        var bytes = new byte[4];
        System.Buffers.Binary.BinaryPrimitives.WriteUInt32BigEndian(bytes, prefixLength == 0 ? 0 : uint.MaxValue << (32 - prefixLength));
        return new IPAddress(bytes);
    }
}
