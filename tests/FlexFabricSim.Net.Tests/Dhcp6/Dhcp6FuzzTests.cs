using CsCheck;
using FlexFabricSim.Net.Dhcp6;
using FlexFabricSim.Net.Errors;
using FlexFabricSim.Net.RootPaths;
using FlexFabricSim.Net.Tests.Fuzzing;

namespace FlexFabricSim.Net.Tests.Dhcp6;

/// <summary>
/// Hostile DHCPv6 input: the decoder only ever throws <see cref="DhcpFormatException"/>, and re-encodes what it accepts byte for byte.
/// </summary>
public sealed class Dhcp6FuzzTests
{
    private static readonly byte[][] Seeds =
    [
        Dhcp6Captures.Bytes(Dhcp6Captures.KeaAdvertiseBrcm),
        Dhcp6Captures.Bytes(Dhcp6Captures.KeaAdvertiseOtherVendor),
        Dhcp6Captures.Bytes(Dhcp6Captures.DnsmasqReplyBrcm),
    ];

    [Fact(Timeout = 300_000)]
    public async Task Mutated_real_datagrams_never_escape_the_typed_exception()
    {
        await Task.Run(() => WireMutations.Mutated(Seeds).Sample(Exercise, iter: FuzzBudget.Dhcp6Mutated));
    }

    [Fact(Timeout = 300_000)]
    public async Task Random_bytes_never_escape_the_typed_exception()
    {
        await Task.Run(() => WireMutations.RandomBytes(400).Sample(Exercise, iter: FuzzBudget.Dhcp6Random));
    }

    private static void Exercise(byte[] datagram)
    {
        Dhcp6Message message;
        try
        {
            message = Dhcp6Message.Decode(datagram);
        }
        catch (DhcpFormatException)
        {
            return;
        }

        _ = (message.ClientId, message.ServerId, message.OptionRequest, message.Preference, message.ElapsedTime, message.Status,
            message.RapidCommit, message.DnsServers, message.ToString());
        foreach (var ia in message.IaNas)
        {
            _ = (ia.Addresses, ia.Status);
        }
        foreach (var vendor in message.VendorOptions)
        {
            _ = RootPath.TryParse(vendor.FirstTarget, out _);
            _ = (vendor.SecondTarget, vendor.InitiatorName);
        }
        _ = message.VendorClasses.SelectMany(v => v.ItemTexts).ToList();
        // DHCPv6 has no padding or END: what decodes re-encodes to the very same bytes.
        Assert.Equal(Convert.ToHexString(datagram), Convert.ToHexString(message.ToArray()));
    }
}
