using CsCheck;
using FlexFabricSim.Net.Dhcp4;
using FlexFabricSim.Net.Errors;
using FlexFabricSim.Net.RootPaths;
using FlexFabricSim.Net.Tests.Fuzzing;

namespace FlexFabricSim.Net.Tests.Dhcp4;

/// <summary>
/// Hostile DHCPv4 input: the decoder only ever throws <see cref="DhcpFormatException"/>, and what it accepts is consistent.
/// </summary>
public sealed class Dhcp4FuzzTests
{
    private static readonly byte[][] Seeds =
    [
        Dhcp4Captures.Bytes(Dhcp4Captures.DnsmasqOfferBrcm),
        Dhcp4Captures.Bytes(Dhcp4Captures.DnsmasqOfferOtherVendor),
        Dhcp4Captures.Bytes(Dhcp4Captures.KeaAckBrcm),
        Dhcp4Captures.Bytes(Dhcp4Captures.KeaOfferOtherVendor),
    ];

    [Fact(Timeout = 300_000)]
    public async Task Mutated_real_datagrams_never_escape_the_typed_exception()
    {
        await Task.Run(() => WireMutations.Mutated(Seeds).Sample(Exercise, iter: FuzzBudget.Dhcp4Mutated));
    }

    [Fact(Timeout = 300_000)]
    public async Task Random_bytes_never_escape_the_typed_exception()
    {
        // Random bytes almost never carry the cookie: put one in half the time so the option parser is reached.
        var gen = Gen.Select(WireMutations.RandomBytes(600), Gen.Bool, (bytes, cookie) =>
        {
            if (cookie && bytes.Length >= 240)
            {
                bytes[0] = 2;
                bytes[2] = 6;
                Convert.FromHexString("63825363").CopyTo(bytes, 236);
            }
            return bytes;
        });
        await Task.Run(() => gen.Sample(Exercise, iter: FuzzBudget.Dhcp4Random));
    }

    [Fact(Timeout = 300_000)]
    public async Task Mutated_option_43_never_escapes_the_typed_exception()
    {
        var vendorSeeds = Seeds.Select(s => Dhcp4Message.Decode(s).VendorSpecificInformation)
            .OfType<System.Collections.Immutable.ImmutableArray<byte>>()
            .Select(d => d.ToArray())
            .ToArray();
        await Task.Run(() => WireMutations.Mutated(vendorSeeds).Sample(data =>
        {
            try
            {
                var vendor = Dhcp4VendorOptions.Decode(data);
                _ = RootPath.TryParse(vendor.FirstTarget, out _);
                _ = RootPath.TryParse(vendor.SecondTarget, out _);
                Assert.Equal(vendor, Dhcp4VendorOptions.Decode(vendor.ToOption().Data.AsSpan()));
            }
            catch (DhcpFormatException)
            {
            }
        }, iter: FuzzBudget.VendorOptionsMutated));
    }

    [Fact]
    public void The_budget_meets_the_issue_bar()
    {
        Assert.True(FuzzBudget.Total >= 100_000, $"only {FuzzBudget.Total} hostile inputs");
    }

    /// <summary>Decodes, reads every typed accessor, and checks a re-encoded message decodes to itself.</summary>
    private static void Exercise(byte[] datagram)
    {
        Dhcp4Message message;
        try
        {
            message = Dhcp4Message.Decode(datagram);
        }
        catch (DhcpFormatException)
        {
            return;
        }

        _ = (message.MessageType, message.SubnetMask, message.Routers, message.DomainNameServers, message.HostName, message.DomainName,
            message.RootPath, message.RequestedIpAddress, message.LeaseTime, message.ServerIdentifier, message.ParameterRequestList,
            message.Message, message.MaximumMessageSize, message.RenewalTime, message.RebindingTime, message.VendorClassIdentifier,
            message.ClientIdentifier, message.ToString());
        _ = RootPath.TryParse(message.RootPath, out _);
        if (message.VendorSpecificInformation is { } vendor)
        {
            try
            {
                _ = Dhcp4VendorOptions.Decode(vendor.AsSpan()).FirstTarget;
            }
            catch (DhcpFormatException)
            {
            }
        }

        byte[] encoded;
        try
        {
            encoded = message.ToArray();
        }
        catch (ArgumentException)
        {
            // A decoded message the encoder cannot write back (option overload, a 64-byte sname without NUL): allowed.
            return;
        }
        Assert.Equal(message, Dhcp4Message.Decode(encoded));
    }
}
