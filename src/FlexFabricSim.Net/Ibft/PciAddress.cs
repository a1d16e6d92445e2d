namespace FlexFabricSim.Net.Ibft;

/// <summary>A PCI bus/device/function, packed in the iBFT NIC structure as bus[15:8] device[7:3] function[2:0] (iBFT §3.6).</summary>
public readonly record struct PciAddress
{
    /// <summary>Creates the address; device 0-31, function 0-7.</summary>
    public PciAddress(byte bus, byte device, byte function)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(device, (byte)31);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(function, (byte)7);
        Bus = bus;
        Device = device;
        Function = function;
    }

    /// <summary>The bus number.</summary>
    public byte Bus { get; }

    /// <summary>The device number, 0-31.</summary>
    public byte Device { get; }

    /// <summary>The function number, 0-7.</summary>
    public byte Function { get; }

    /// <summary>Unpacks the 16-bit iBFT form.</summary>
    public static PciAddress FromPacked(ushort packed) => new((byte)(packed >> 8), (byte)((packed >> 3) & 0x1F), (byte)(packed & 0x7));

    /// <summary>Packs into the 16-bit iBFT form.</summary>
    public ushort ToPacked() => (ushort)(Bus << 8 | Device << 3 | Function);

    /// <summary>The address as lspci prints it: <c>bb:dd.f</c> in hex.</summary>
    public override string ToString() => $"{Bus:x2}:{Device:x2}.{Function:x}";
}
