using System.Buffers;
using System.Buffers.Binary;
using System.Globalization;
using System.Runtime.InteropServices;
using FlexFabricSim.Net.Ethernet;

namespace FlexFabricSim.Net.Links;

/// <summary>The receive thread (recvmsg with PACKET_AUXDATA) and link status from sysfs.</summary>
public sealed partial class RawInterfaceLink
{
    private void ReceiveLoop()
    {
        var data = new byte[ReceiveBufferLength];
        var control = new byte[256];
        var vectors = new PacketSocketInterop.IoVector[1];
        var dataHandle = GCHandle.Alloc(data, GCHandleType.Pinned);
        var controlHandle = GCHandle.Alloc(control, GCHandleType.Pinned);
        var vectorHandle = GCHandle.Alloc(vectors, GCHandleType.Pinned);
        try
        {
            // The tag goes back in front of the payload, so the frame is read 4 bytes into the buffer.
            vectors[0] = new PacketSocketInterop.IoVector
            {
                Base = dataHandle.AddrOfPinnedObject() + EthernetHeader.TagLength,
                Length = (nuint)(data.Length - EthernetHeader.TagLength),
            };
            var fd = (int)_socket.Handle;
            while (!_stopping)
            {
                var header = new PacketSocketInterop.MessageHeader
                {
                    Vectors = vectorHandle.AddrOfPinnedObject(),
                    VectorCount = 1,
                    Control = controlHandle.AddrOfPinnedObject(),
                    ControlLength = (nuint)control.Length,
                };
                var received = PacketSocketInterop.ReceiveMessage(fd, ref header, 0);
                if (received < 0)
                {
                    var errno = Marshal.GetLastPInvokeError();
                    if (errno is PacketSocketInterop.ErrnoAgain or PacketSocketInterop.ErrnoIntr)
                    {
                        continue;
                    }

                    // The socket is gone (disposed) or broken: nothing more will arrive.
                    return;
                }

                if ((header.Flags & PacketSocketInterop.MsgTrunc) != 0 || received < EthernetHeader.UntaggedLength)
                {
                    continue;
                }

                Deliver(data, (int)received, control.AsSpan(0, (int)header.ControlLength));
            }
        }
        finally
        {
            dataHandle.Free();
            controlHandle.Free();
            vectorHandle.Free();
        }
    }

    /// <summary>Rebuilds the wire frame (tag reinserted) from the 4-byte offset in <paramref name="data"/> and posts it to the host.</summary>
    private void Deliver(byte[] data, int length, ReadOnlySpan<byte> control)
    {
        var flags = ReceivedFrameFlags.None;
        var start = EthernetHeader.TagLength;
        if (FindAuxData(control) is { } aux)
        {
            if ((aux.Status & PacketSocketInterop.TpStatusCsumNotReady) != 0)
            {
                flags |= ReceivedFrameFlags.ChecksumNotComputed;
            }
            else if ((aux.Status & PacketSocketInterop.TpStatusCsumValid) != 0)
            {
                flags |= ReceivedFrameFlags.ChecksumVerified;
            }

            if ((aux.Status & PacketSocketInterop.TpStatusVlanValid) != 0)
            {
                // Move the two MAC addresses 4 bytes forward and put the tag between them and the EtherType.
                data.AsSpan(start, 12).CopyTo(data);
                var tpid = (aux.Status & PacketSocketInterop.TpStatusVlanTpidValid) != 0 ? aux.VlanTpid : (ushort)EtherType.Vlan;
                BinaryPrimitives.WriteUInt16BigEndian(data.AsSpan(12), tpid);
                BinaryPrimitives.WriteUInt16BigEndian(data.AsSpan(14), aux.VlanTci);
                start = 0;
                length += EthernetHeader.TagLength;
            }
        }

        Interlocked.Increment(ref _framesReceived);
        var frame = data.AsSpan(start, length);
        Tap(FrameDirection.Inbound, frame);
        IEthernetLinkClient? client;
        lock (_gate)
        {
            client = _client;
        }

        if (client is null)
        {
            return;
        }

        var copy = ArrayPool<byte>.Shared.Rent(length);
        frame.CopyTo(copy);
        client.Scheduler.Post(static state =>
        {
            var (client, copy, length, flags) = ((IEthernetLinkClient, byte[], int, ReceivedFrameFlags))state!;
            try
            {
                client.OnFrameReceived(copy.AsSpan(0, length), flags);
            }
            finally
            {
                ArrayPool<byte>.Shared.Return(copy);
            }
        }, (client, copy, length, flags));
    }

    /// <summary>Finds the tpacket_auxdata control message (level SOL_PACKET, type PACKET_AUXDATA) in a 64-bit cmsg buffer.</summary>
    private static (uint Status, ushort VlanTci, ushort VlanTpid)? FindAuxData(ReadOnlySpan<byte> control)
    {
        // struct cmsghdr { size_t len; int level; int type; } then data aligned to 8.
        const int headerLength = 16;
        var offset = 0;
        while (offset + headerLength <= control.Length)
        {
            var length = (int)BinaryPrimitives.ReadUInt64LittleEndian(control[offset..]);
            var level = BinaryPrimitives.ReadInt32LittleEndian(control[(offset + 8)..]);
            var type = BinaryPrimitives.ReadInt32LittleEndian(control[(offset + 12)..]);
            if (length < headerLength || offset + length > control.Length)
            {
                return null;
            }

            if (level == PacketSocketInterop.SolPacket && type == PacketSocketInterop.PacketAuxData && length >= headerLength + 20)
            {
                // struct tpacket_auxdata { u32 status, len, snaplen; u16 mac, net, vlan_tci, vlan_tpid; }
                var aux = control[(offset + headerLength)..];
                return (BinaryPrimitives.ReadUInt32LittleEndian(aux), BinaryPrimitives.ReadUInt16LittleEndian(aux[16..]),
                    BinaryPrimitives.ReadUInt16LittleEndian(aux[18..]));
            }

            offset += (length + 7) & ~7;
        }

        return null;
    }

    /// <summary>Reads carrier and speed from sysfs and reports a change to the host.</summary>
    private void PollStatus()
    {
        IEthernetLinkClient? client;
        lock (_gate)
        {
            client = _client;
        }

        if (client is null || _stopping)
        {
            return;
        }

        var status = ReadStatus(client.SupportedSpeeds);
        if (status == Status)
        {
            return;
        }

        Status = status;
        client.Scheduler.Post(static s =>
        {
            var (client, status) = ((IEthernetLinkClient, LinkStatus))s!;
            client.OnLinkStatusChanged(status);
        }, (client, status));
    }

    private LinkStatus ReadStatus(LinkSpeeds supported)
    {
        var directory = Path.Combine("/sys/class/net", Name);
        try
        {
            var carrier = File.ReadAllText(Path.Combine(directory, "carrier")).Trim();
            if (carrier != "1")
            {
                return LinkStatus.Down($"no carrier on {Name}");
            }
        }
        catch (IOException)
        {
            // Reading carrier fails while the interface is administratively down.
            return LinkStatus.Down($"{Name} is down");
        }

        var speed = LinkSpeeds.None;
        try
        {
            var megabits = int.Parse(File.ReadAllText(Path.Combine(directory, "speed")).Trim(), CultureInfo.InvariantCulture);
            speed = megabits >= 10_000 ? LinkSpeeds.Speed10Gbps : megabits >= 1_000 ? LinkSpeeds.Speed1Gbps : megabits > 0 ? LinkSpeeds.Speed100Mbps : LinkSpeeds.None;
        }
        catch (Exception e) when (e is IOException or FormatException or OverflowException)
        {
            // Virtual interfaces may not report a speed.
        }

        if (speed == LinkSpeeds.None)
        {
            return LinkStatus.Up(supported.Fastest());
        }

        return (speed & supported) != LinkSpeeds.None
            ? LinkStatus.Up(speed)
            : LinkStatus.Down($"no common speed: the host's medium runs at {supported.Describe()}, {Name} at {speed.Describe()}");
    }
}
