using FlexFabricSim.Net.Errors;

namespace FlexFabricSim.Net.Dhcp4;

/// <summary>The length rules of the options the typed accessors read (RFC 2132), checked once when a message is decoded.</summary>
/// <remarks>
/// Unknown options pass untouched. Text and address-list options may be empty: dnsmasq sends <c>dhcp-option=6</c> with no
/// value as an empty option 6, which means "no DNS servers" (notes/dhcp-servers.md), not a broken message.
/// </remarks>
internal static class Dhcp4OptionRules
{
    private enum Shape
    {
        Exactly1,
        Exactly2,
        Exactly4,
        AddressList,
        AtLeast1,
        AtLeast2,
    }

    private static readonly Dictionary<Dhcp4OptionCode, Shape> Shapes = new()
    {
        [Dhcp4OptionCode.SubnetMask] = Shape.Exactly4,
        [Dhcp4OptionCode.Router] = Shape.AddressList,
        [Dhcp4OptionCode.DomainNameServer] = Shape.AddressList,
        [Dhcp4OptionCode.BroadcastAddress] = Shape.Exactly4,
        [Dhcp4OptionCode.RequestedIpAddress] = Shape.Exactly4,
        [Dhcp4OptionCode.IpAddressLeaseTime] = Shape.Exactly4,
        [Dhcp4OptionCode.OptionOverload] = Shape.Exactly1,
        [Dhcp4OptionCode.MessageType] = Shape.Exactly1,
        [Dhcp4OptionCode.ServerIdentifier] = Shape.Exactly4,
        [Dhcp4OptionCode.ParameterRequestList] = Shape.AtLeast1,
        [Dhcp4OptionCode.MaximumMessageSize] = Shape.Exactly2,
        [Dhcp4OptionCode.RenewalTime] = Shape.Exactly4,
        [Dhcp4OptionCode.RebindingTime] = Shape.Exactly4,
        [Dhcp4OptionCode.ClientIdentifier] = Shape.AtLeast2,
    };

    /// <summary>Checks every known option (its parts joined, RFC 3396); returns the option-overload value, 0 when absent.</summary>
    /// <exception cref="DhcpFormatException">A known option has a length or value its RFC does not allow.</exception>
    public static byte Validate(IReadOnlyList<(Dhcp4Option Option, int Offset)> options)
    {
        byte overload = 0;
        foreach (var group in options.GroupBy(o => o.Option.Code))
        {
            var code = group.Key;
            var offset = group.First().Offset;
            var data = group.SelectMany(o => o.Option.Data).ToArray();
            if (Shapes.TryGetValue(code, out var shape) && !Fits(shape, data.Length))
            {
                DhcpFormatException.Reject4(DhcpFormatReason.BadOptionLength, offset, data,
                    $"option {(byte)code} ({code}) has {data.Length} bytes, expected {Describe(shape)}");
            }
            if (code == Dhcp4OptionCode.OptionOverload)
            {
                overload = data[0];
                if (overload is < 1 or > 3)
                {
                    DhcpFormatException.Reject4(DhcpFormatReason.BadOptionValue, offset, data, $"option overload {overload}, expected 1-3");
                }
            }
        }
        return overload;
    }

    private static bool Fits(Shape shape, int length) => shape switch
    {
        Shape.Exactly1 => length == 1,
        Shape.Exactly2 => length == 2,
        Shape.Exactly4 => length == 4,
        Shape.AddressList => length % 4 == 0,
        Shape.AtLeast1 => length >= 1,
        Shape.AtLeast2 => length >= 2,
        _ => true,
    };

    private static string Describe(Shape shape) => shape switch
    {
        Shape.Exactly1 => "1",
        Shape.Exactly2 => "2",
        Shape.Exactly4 => "4",
        Shape.AddressList => "a multiple of 4",
        Shape.AtLeast1 => "at least 1",
        Shape.AtLeast2 => "at least 2",
        _ => shape.ToString(),
    };
}
