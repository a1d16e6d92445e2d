using FlexFabricSim.Net.Errors;

namespace FlexFabricSim.Net.Dhcp6;

/// <summary>
/// The shape rules of the options the typed accessors read (RFC 8415 §21, RFC 3646), checked once when a message is decoded.
/// </summary>
/// <remarks>Nested options (inside IA_NA and IA Address) are checked by their own decoders, which this calls. Unknown options
/// pass.</remarks>
internal static class Dhcp6OptionRules
{
    /// <summary>Checks each known option; throws <see cref="DhcpFormatException"/> for the first that breaks its RFC's shape.</summary>
    public static void Validate(IEnumerable<Dhcp6OptionList.Located> options)
    {
        foreach (var (option, offset) in options)
        {
            var data = option.Data.AsSpan();
            var dataOffset = offset + Dhcp6OptionList.HeaderLength;
            switch (option.Code)
            {
                case Dhcp6OptionCode.ClientId or Dhcp6OptionCode.ServerId:
                    Require(data.Length is >= 2 and <= Dhcp6Duid.MaxLength, option, offset, "a DUID of 2-130 bytes");
                    break;
                case Dhcp6OptionCode.IaNa:
                    Dhcp6IaNa.Decode(data, dataOffset);
                    break;
                case Dhcp6OptionCode.IaAddress:
                    Dhcp6IaAddress.Decode(data, dataOffset);
                    break;
                case Dhcp6OptionCode.OptionRequest:
                    Require(data.Length % 2 == 0, option, offset, "an even number of bytes");
                    break;
                case Dhcp6OptionCode.Preference:
                    Require(data.Length == 1, option, offset, "1 byte");
                    break;
                case Dhcp6OptionCode.ElapsedTime:
                    Require(data.Length == 2, option, offset, "2 bytes");
                    break;
                case Dhcp6OptionCode.StatusCode:
                    Dhcp6Status.Decode(data, dataOffset);
                    break;
                case Dhcp6OptionCode.RapidCommit:
                    Require(data.Length == 0, option, offset, "no data");
                    break;
                case Dhcp6OptionCode.VendorClass:
                    Dhcp6VendorClass.Decode(data, dataOffset);
                    break;
                case Dhcp6OptionCode.VendorOptions:
                    Dhcp6VendorOptions.Decode(data, dataOffset);
                    break;
                case Dhcp6OptionCode.DnsServers:
                    Require(data.Length % 16 == 0, option, offset, "a multiple of 16 bytes");
                    break;
            }
        }
    }

    private static void Require(bool condition, Dhcp6Option option, int offset, string expected)
    {
        if (!condition)
        {
            DhcpFormatException.Reject6(DhcpFormatReason.BadOptionLength, offset, option.Data.AsSpan(),
                $"option {(ushort)option.Code} ({option.Code}) has {option.Data.Length} bytes, expected {expected}");
        }
    }
}
