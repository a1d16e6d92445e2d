using System.Runtime.CompilerServices;
using FlexFabricSim.Device.Nvram;

namespace FlexFabricSim.Tui.BootConsole;

/// <summary>
/// The boot console until the boot engine is connected: prints, port by port, only what the option ROM can know from
/// NVRAM alone (Option ROM off, Boot Protocol, missing iSCSI firmware, what an iSCSI boot would use) and says plainly
/// where the simulation stops. It never pretends that a DHCP offer, a login or a boot succeeded.
/// </summary>
public sealed class NvramBootConsole(TimeProvider time) : IBootConsole
{
    /// <summary>Pause between two ports' output, as the ROM initialises each port in turn.</summary>
    public static readonly TimeSpan PortInterval = TimeSpan.FromMilliseconds(500);

    private readonly TimeProvider _time = time ?? throw new ArgumentNullException(nameof(time));

    /// <inheritdoc />
    public async IAsyncEnumerable<BootConsoleLine> RunAsync(
        AdapterConfiguration configuration, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        foreach (var at in configuration.Addresses)
        {
            await Task.Delay(PortInterval, _time, cancellationToken).ConfigureAwait(false);
            foreach (var line in Describe(configuration, at))
            {
                yield return line;
            }
        }
        yield return Note("This console ends here until the boot engine is connected; the BIOS would go on to its next boot device.");
    }

    /// <summary>What the option ROM of <paramref name="at"/> prints, as far as NVRAM alone decides it.</summary>
    public static IEnumerable<BootConsoleLine> Describe(AdapterConfiguration configuration, NvramAddress at)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var where = configuration.IsMultiFunction ? $"Port {at.Port} Function {at.Function}" : $"Port {at.Port}";
        var mba = configuration.GetMba(at);
        if (!mba.OptionRomEnabled)
        {
            yield return Note($"{where}: Option ROM disabled; the BIOS does not run the boot agent for this port.");
            yield break;
        }
        var protocol = configuration.GetDisplay(at, FieldKeys.Mba.BootProtocol);
        switch (mba.BootProtocol)
        {
            case BootProtocol.None:
                yield return Note($"{where}: Boot Protocol is {protocol}; the boot agent does not boot from this port.");
                break;
            case BootProtocol.Iscsi:
                foreach (var line in DescribeIscsi(configuration, at, where))
                {
                    yield return line;
                }
                break;
            default:
                yield return new BootConsoleLine($"{where}: {protocol} boot, MAC {configuration.EthernetMac(at)}");
                yield return Note($"{protocol} boot is not simulated by this console.");
                break;
        }
    }

    private static IEnumerable<BootConsoleLine> DescribeIscsi(AdapterConfiguration configuration, NvramAddress at, string where)
    {
        if (!configuration.OptionRom.HasIscsiBootFirmware)
        {
            // G p.6 and T8 (p.27): without the firmware the card cannot boot iSCSI.
            yield return new BootConsoleLine($"{where}: iSCSI boot firmware not programmed", BootConsoleLineKind.Error);
            yield break;
        }
        var effective = EffectiveConfiguration.For(configuration, at);
        if (effective.IscsiUnavailableReason is { } reason)
        {
            yield return Note($"{where}: no iSCSI boot: {reason}.");
            yield break;
        }
        var path = effective.HbaMode ? "offload (HBA)" : "non-offload";
        yield return new BootConsoleLine(
            $"{where}: iSCSI Boot v{configuration.OptionRom.IscsiBootVersion}, {path} path, MAC {effective.WireMac}",
            BootConsoleLineKind.Highlight);
        yield return new BootConsoleLine($"  Initiator  {effective.InitiatorName}");
        yield return new BootConsoleLine($"  Address    {DescribeAddressing(effective)}");
        yield return new BootConsoleLine($"  Targets    {DescribeTargets(effective)}");
        if (effective.VlanId is { } vlan)
        {
            yield return new BootConsoleLine($"  VLAN       {vlan}");
        }
        yield return Note("The iSCSI boot engine is not connected to this console yet: no link, DHCP, login or iBFT is simulated here.");
    }

    private static string DescribeAddressing(EffectiveConfiguration effective) => effective.Addressing switch
    {
        AddressingMode.Dhcp4 => "from DHCP (IPv4)",
        AddressingMode.Ipv6Autoconf => "from IPv6 autoconfiguration / DHCPv6",
        _ => $"static {effective.Initiator.IpAddress}/{effective.Initiator.PrefixLength}, gateway {effective.Initiator.DefaultGateway}",
    };

    private static string DescribeTargets(EffectiveConfiguration effective)
    {
        if (effective.TargetSource == TargetSource.Dhcp)
        {
            return "from DHCP (root path, option 17 or 43)";
        }
        if (effective.StaticTargets.Count == 0)
        {
            return "none: Connect is disabled on both target screens";
        }
        return string.Join("; ", effective.StaticTargets.Select(t =>
            $"{t.Number}: {FormatPortal(t.Address, t.TcpPort)} LUN {t.BootLun} {(t.IscsiName.Length > 0 ? t.IscsiName : "(no name)")}"));
    }

    private static string FormatPortal(System.Net.IPAddress address, int port) =>
        address.AddressFamily == System.Net.Sockets.AddressFamily.InterNetworkV6 ? $"[{address}]:{port}" : $"{address}:{port}";

    private static BootConsoleLine Note(string text) => new($"[FlexFabricSim] {text}", BootConsoleLineKind.SimulatorNote);
}
