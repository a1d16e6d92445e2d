using System.Buffers.Binary;
using System.IO.Hashing;
using MessagePack;

namespace FlexFabricSim.Device.Tests.Images;

/// <summary>Takes image files apart and puts them back together with a correct CRC, to reach the checks behind the CRC.</summary>
internal static class ImageBytes
{
    public const int HeaderLength = 20;

    public static byte[] Payload(byte[] image) => image[HeaderLength..];

    /// <summary>A new image with the given header fields and payload and a correct length and CRC.</summary>
    public static byte[] Build(byte[] original, byte[] payload, ushort? version = null, ushort? modelCode = null)
    {
        var image = new byte[HeaderLength + payload.Length];
        original.AsSpan(0, 8).CopyTo(image);
        BinaryPrimitives.WriteUInt16BigEndian(image.AsSpan(8), version ?? BinaryPrimitives.ReadUInt16BigEndian(original.AsSpan(8)));
        BinaryPrimitives.WriteUInt16BigEndian(image.AsSpan(10), modelCode ?? BinaryPrimitives.ReadUInt16BigEndian(original.AsSpan(10)));
        BinaryPrimitives.WriteUInt32BigEndian(image.AsSpan(12), (uint)payload.Length);
        payload.CopyTo(image.AsSpan(HeaderLength));
        var crc = new Crc32();
        crc.Append(image.AsSpan(0, 16));
        crc.Append(payload);
        BinaryPrimitives.WriteUInt32BigEndian(image.AsSpan(16), crc.GetCurrentHashAsUInt32());
        return image;
    }

    /// <summary>The payload as MessagePack's generic tree (arrays are <c>object[]</c>), for surgical edits.</summary>
    public static object[] Tree(byte[] image) => (object[])MessagePackSerializer.Deserialize<object>(Payload(image))!;

    public static byte[] Serialize(object[] tree) => MessagePackSerializer.Serialize<object>(tree);

    /// <summary>Replaces the value stored for <paramref name="key"/> wherever it is stored (every port, every function).</summary>
    public static byte[] WithValue(byte[] image, string key, string value)
    {
        var tree = Tree(image);
        var levels = ((object[])tree[4]).Cast<object[]>()
            .SelectMany(port => new[] { (object[])port[0] }.Concat(((object[])port[1]).Cast<object[]>()));
        foreach (var pair in levels.SelectMany(level => level.Cast<object[]>()).Where(pair => (string)pair[0] == key))
        {
            pair[1] = value;
        }
        return Build(image, Serialize(tree));
    }
}
