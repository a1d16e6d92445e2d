using System.Globalization;
using System.Net;
using FlexFabricSim.Boot.Engine;
using FlexFabricSim.Device.Catalog;
using FlexFabricSim.Net.Errors;
using FlexFabricSim.Net.Ibft;
using FlexFabricSim.Scenarios.Format;

namespace FlexFabricSim.Scenarios.Running;

/// <summary>
/// Checks <c>ibft:</c> expectations by reading the published table back as an OS would (<see cref="IbftParser"/>): the
/// initiator, the NIC the firmware booted through, and the target it booted from.
/// </summary>
internal static class IbftCheck
{
    public static (bool Passed, string Actual) Evaluate(IbftExpectation expectation, BootResult boot)
    {
        if (boot.Ibft is not { Length: > 0 } bytes)
        {
            return (expectation.Absent, "no iBFT published");
        }
        if (expectation.Absent)
        {
            return (false, $"an iBFT of {bytes.Length.ToString(CultureInfo.InvariantCulture)} bytes was published");
        }
        IbftModel table;
        try
        {
            table = IbftParser.Parse(bytes);
        }
        catch (WireFormatException e)
        {
            return (false, $"the published iBFT does not read back: {e.Message}");
        }
        var wrong = new List<string>();
        foreach (var value in expectation.Fields)
        {
            var actual = Read(table, value.Field);
            if (!Same(value.Field, value.Expected, actual))
            {
                wrong.Add($"{YamlNames.Of(value.Field)} {actual}");
            }
        }
        return wrong.Count == 0
            ? (true, "iBFT " + string.Join(", ", expectation.Fields.Select(f => $"{YamlNames.Of(f.Field)} {f.Expected}")))
            : (false, "iBFT " + string.Join(", ", wrong));
    }

    /// <summary>The field's value in the table, written as scenarios write it (<c>none</c> when absent).</summary>
    public static string Read(IbftModel table, IbftField field)
    {
        var nic = table.Nics.FirstOrDefault(n => n.FirmwareBootSelected) ?? table.Nics.FirstOrDefault();
        var target = table.Targets.FirstOrDefault(t => t.FirmwareBootSelected) ?? table.Targets.FirstOrDefault();
        return field switch
        {
            IbftField.InitiatorName => Text(table.Initiator.Name),
            IbftField.Address => Address(nic?.Address),
            IbftField.PrefixLength => nic is null ? "none" : nic.PrefixLength.ToString(CultureInfo.InvariantCulture),
            IbftField.Gateway => Address(nic?.Gateway),
            IbftField.PrimaryDns => Address(nic?.PrimaryDns),
            IbftField.SecondaryDns => Address(nic?.SecondaryDns),
            IbftField.DhcpServer => Address(nic?.DhcpServer),
            IbftField.Vlan => nic is null ? "none" : nic.VlanId.ToString(CultureInfo.InvariantCulture),
            IbftField.Mac => nic is null ? "none" : MacAddress.FromValue(nic.MacAddress.Value).ToString(),
            IbftField.Origin => nic is null ? "none" : YamlNames.Of(nic.Origin),
            IbftField.TargetAddress => Address(target?.Address),
            IbftField.TargetPort => target is null ? "none" : target.Port.ToString(CultureInfo.InvariantCulture),
            IbftField.Lun => target is null ? "none"
                : target.Lun.TryGetNumber(out var lun) ? lun.ToString(CultureInfo.InvariantCulture) : target.Lun.ToString(),
            IbftField.TargetName => Text(target?.TargetName),
            IbftField.Chap => target is null ? "none" : YamlNames.Of(target.ChapType),
            IbftField.ChapName => Text(target?.ChapName),
            IbftField.ReverseChapName => Text(target?.ReverseChapName),
            IbftField.Targets => table.Targets.Length.ToString(CultureInfo.InvariantCulture),
            _ => throw new ArgumentOutOfRangeException(nameof(field)),
        };
    }

    private static bool Same(IbftField field, string expected, string actual)
    {
        if (string.Equals(expected, actual, StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }
        return field switch
        {
            IbftField.Address or IbftField.Gateway or IbftField.PrimaryDns or IbftField.SecondaryDns or IbftField.DhcpServer
                or IbftField.TargetAddress => IPAddress.TryParse(expected, out var e) && IPAddress.TryParse(actual, out var a)
                    && Plain(e).Equals(Plain(a)),
            IbftField.Mac => MacAddress.TryParse(expected, out var m) && MacAddress.TryParse(actual, out var n) && m == n,
            _ => false,
        };
    }

    private static string Text(string? value) => string.IsNullOrEmpty(value) ? "none" : value;

    private static string Address(IPAddress? address) => address is null ? "none" : Plain(address).ToString();

    /// <summary>The iBFT writes IPv4 as IPv4-mapped IPv6 (iBFT §2.1); scenarios write plain IPv4.</summary>
    private static IPAddress Plain(IPAddress address) => address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address;
}
