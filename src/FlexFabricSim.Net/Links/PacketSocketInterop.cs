using System.Runtime.InteropServices;

namespace FlexFabricSim.Net.Links;

/// <summary>The one call <see cref="System.Net.Sockets.Socket"/> cannot make: <c>recvmsg</c> with its control messages.</summary>
/// <remarks>
/// Linux removes an 802.1Q tag from a frame before packet sockets see it and reports it in a PACKET_AUXDATA control message
/// (packet(7)); so does the "checksum not computed yet" status of frames from a local veth peer. libpcap reads both the same
/// way. Everything here is blittable and uses pinned managed buffers, so no unsafe code and no native library of ours.
/// </remarks>
internal static class PacketSocketInterop
{
    public const int SolPacket = 263;
    public const int PacketAddMembership = 1;
    public const int PacketAuxData = 8;
    public const int PacketIgnoreOutgoing = 23;
    public const ushort PacketMrPromisc = 1;
    public const uint TpStatusCsumNotReady = 1 << 3;
    public const uint TpStatusVlanValid = 1 << 4;
    public const uint TpStatusVlanTpidValid = 1 << 6;
    public const uint TpStatusCsumValid = 1 << 7;
    public const int MsgTrunc = 0x20;
    public const int ErrnoIntr = 4;
    public const int ErrnoAgain = 11;

    [DllImport("libc", EntryPoint = "recvmsg", SetLastError = true)]
    public static extern nint ReceiveMessage(int socket, ref MessageHeader message, int flags);

    /// <summary>struct iovec.</summary>
    [StructLayout(LayoutKind.Sequential)]
    public struct IoVector
    {
        public IntPtr Base;
        public nuint Length;
    }

    /// <summary>struct msghdr (64-bit Linux layout; the padding after the int fields is implicit).</summary>
    [StructLayout(LayoutKind.Sequential)]
    public struct MessageHeader
    {
        public IntPtr Name;
        public uint NameLength;
        public IntPtr Vectors;
        public nuint VectorCount;
        public IntPtr Control;
        public nuint ControlLength;
        public int Flags;
    }
}
