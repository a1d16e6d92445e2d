namespace FlexFabricSim.Boot.Flow;

/// <summary>The boot LUN is attached: its identity, size and the boot signature found in its first sectors.</summary>
/// <param name="Target">The target it is on.</param>
/// <param name="Vendor">INQUIRY vendor identification.</param>
/// <param name="Product">INQUIRY product identification.</param>
/// <param name="BlockCount">Number of logical blocks (READ CAPACITY).</param>
/// <param name="BlockSize">Logical block length in bytes.</param>
/// <param name="Signature">What sector 0 carries.</param>
public sealed record AttachReport(BootTarget Target, string Vendor, string Product, ulong BlockCount, uint BlockSize, BootSignature Signature)
{
    /// <summary>The capacity in bytes.</summary>
    public ulong CapacityBytes => BlockCount * BlockSize;
}
