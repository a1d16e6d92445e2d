using System.Buffers.Binary;
using System.Net;

namespace FlexFabricSim.Net.Stack;

/// <summary>An IP address as two numbers: the neighbour caches' key, built from wire bytes without allocating an <see cref="IPAddress"/>.</summary>
internal readonly record struct NeighborKey(ulong High, ulong Low)
{
    public static NeighborKey From(IPAddress address)
    {
        Span<byte> bytes = stackalloc byte[16];
        address.TryWriteBytes(bytes, out var length);
        return length == 4 ? FromIPv4(bytes) : FromIPv6(bytes);
    }

    public static NeighborKey FromIPv4(ReadOnlySpan<byte> address) => new(0, BinaryPrimitives.ReadUInt32BigEndian(address));

    public static NeighborKey FromIPv6(ReadOnlySpan<byte> address) =>
        new(BinaryPrimitives.ReadUInt64BigEndian(address), BinaryPrimitives.ReadUInt64BigEndian(address[8..]));
}
