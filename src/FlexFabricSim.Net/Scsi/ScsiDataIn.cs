namespace FlexFabricSim.Net.Scsi;

/// <summary>The data a command returns, read piecewise by the transport: a small buffer, or a range of a block device.</summary>
/// <remarks>A READ is never materialised whole: the target copies each Data-In PDU's slice straight from the device.</remarks>
public sealed class ScsiDataIn
{
    private readonly byte[]? _bytes;
    private readonly IScsiBlockDevice? _device;
    private readonly long _deviceOffset;

    private ScsiDataIn(long length, byte[]? bytes, IScsiBlockDevice? device, long deviceOffset)
    {
        Length = length;
        _bytes = bytes;
        _device = device;
        _deviceOffset = deviceOffset;
    }

    /// <summary>Data that fits in memory (INQUIRY, READ CAPACITY, ...).</summary>
    public static ScsiDataIn FromBytes(byte[] bytes) => new(bytes.Length, bytes, null, 0);

    /// <summary>A range of a device, <paramref name="length"/> bytes from byte <paramref name="offset"/>.</summary>
    public static ScsiDataIn FromDevice(IScsiBlockDevice device, long offset, long length) => new(length, null, device, offset);

    /// <summary>Bytes the command produces.</summary>
    public long Length { get; }

    /// <summary>Copies <paramref name="destination"/>.Length bytes starting at <paramref name="offset"/> of the data.</summary>
    public void CopyTo(long offset, Span<byte> destination)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(offset + destination.Length, Length);
        if (_bytes is not null)
        {
            _bytes.AsSpan((int)offset, destination.Length).CopyTo(destination);
        }
        else
        {
            _device!.Read(_deviceOffset + offset, destination);
        }
    }
}
