using System.Buffers.Binary;
using System.Globalization;
using System.Net;
using System.Numerics;

namespace FlexFabricSim.Device.Nvram;

/// <summary>Reads canonical stored strings back as numbers; the rules guarantee they are canonical, so these do not re-validate.</summary>
internal static class StoredValue
{
    public static int Int(string value) => int.Parse(value, NumberStyles.None, CultureInfo.InvariantCulture);

    /// <summary>A stored subnet mask: dotted IPv4 mask, or a decimal IPv6 prefix length.</summary>
    public static int PrefixLength(string value)
    {
        if (!value.Contains('.'))
        {
            return Int(value);
        }
        var mask = BinaryPrimitives.ReadUInt32BigEndian(IPAddress.Parse(value).GetAddressBytes());
        return BitOperations.PopCount(mask);
    }
}
