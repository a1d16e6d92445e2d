using System.Net;
using System.Net.NetworkInformation;
using FlexFabricSim.Net.Dhcp;
using FlexFabricSim.Net.Errors;

namespace FlexFabricSim.Net.Dhcp4;

/// <summary>
/// The DHCPv4 client's protocol logic, without sockets or clocks: DISCOVER → OFFER → REQUEST → ACK (RFC 2131 §3.1, §4.4).
/// </summary>
/// <remarks>
/// Inputs are <see cref="Start"/>, <see cref="Timeout"/> and <see cref="Receive(Dhcp4Message, TimeSpan)"/>, each with the time
/// since the exchange began (for the secs field); each returns a <see cref="Dhcp4ClientStep"/> telling the endpoint what to
/// send and when to time out. Replies are validated before anything else, as iPXE's <c>dhcp_deliver</c> does: wrong
/// direction, xid or chaddr are dropped with a reason, never thrown. The first acceptable OFFER is taken.
/// </remarks>
public sealed class Dhcp4ClientSession
{
    private readonly Dhcp4ClientOptions _options;
    private readonly Random _random;
    private readonly PhysicalAddress _chaddr;
    private Dhcp4Message? _offer;
    private Dhcp4Message? _lastSent;
    private int _attempts;
    private int _naks;
    private ushort _discoverSeconds;

    /// <summary>Creates the logic for one port; <paramref name="random"/> chooses transaction ids and jitter (seed it in tests).</summary>
    public Dhcp4ClientSession(Dhcp4ClientOptions options, Random random)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(random);
        _options = options;
        _chaddr = new PhysicalAddress(options.MacAddress.ToArray());
        _random = random;
    }

    /// <summary>The current state.</summary>
    public Dhcp4ClientState State { get; private set; } = Dhcp4ClientState.Init;

    /// <summary>The transaction id of the exchange in progress.</summary>
    public uint TransactionId { get; private set; }

    /// <summary>The OFFER being requested, once one was chosen.</summary>
    public Dhcp4Message? ChosenOffer => _offer;

    /// <summary>Begins an exchange: a DISCOVER and its timeout.</summary>
    /// <exception cref="InvalidOperationException">The exchange has already started.</exception>
    public Dhcp4ClientStep Start(TimeSpan elapsed)
    {
        if (State != Dhcp4ClientState.Init)
        {
            throw new InvalidOperationException($"the exchange has already started (state {State})");
        }
        return BeginDiscover(elapsed, "start");
    }

    /// <summary>The timer armed by the last step expired: retransmit, or give up when the attempts are spent.</summary>
    public Dhcp4ClientStep Timeout(TimeSpan elapsed)
    {
        var policy = _options.Retransmission;
        switch (State)
        {
            case Dhcp4ClientState.Selecting when _attempts < policy.DiscoverAttempts:
                _discoverSeconds = Seconds(elapsed);
                return Transmit(BuildDiscover(), "retransmit DISCOVER");
            case Dhcp4ClientState.Selecting:
                return Fail(DhcpFailure.NoOffer, $"no OFFER after {_attempts} DISCOVERs");
            case Dhcp4ClientState.Requesting when _attempts < policy.RequestAttempts:
                // RFC 2131 §4.4.1: a REQUEST keeps the DISCOVER's secs; retransmissions are the same message.
                return Transmit(_lastSent!, "retransmit REQUEST");
            case Dhcp4ClientState.Requesting:
                return Fail(DhcpFailure.NoAcknowledgement, $"no ACK or NAK after {_attempts} REQUESTs");
            default:
                return Dhcp4ClientStep.Drop(DhcpDropReason.UnexpectedMessageType, $"timeout in state {State}");
        }
    }

    /// <summary>Decodes a datagram and handles it; malformed bytes are dropped with the decoder's reason.</summary>
    public Dhcp4ClientStep Receive(ReadOnlySpan<byte> datagram, TimeSpan elapsed)
    {
        Dhcp4Message message;
        try
        {
            message = Dhcp4Message.Decode(datagram);
        }
        catch (DhcpFormatException error)
        {
            return Dhcp4ClientStep.Drop(DhcpDropReason.Malformed, error.Message);
        }
        return Receive(message, elapsed);
    }

    /// <summary>Validates a reply, then dispatches it on the current state.</summary>
    public Dhcp4ClientStep Receive(Dhcp4Message message, TimeSpan elapsed)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (message.Opcode != Dhcp4Opcode.BootReply)
        {
            return Dhcp4ClientStep.Drop(DhcpDropReason.WrongDirection, message.ToString());
        }
        if (message.TransactionId != TransactionId)
        {
            return Dhcp4ClientStep.Drop(DhcpDropReason.WrongTransactionId,
                $"xid 0x{message.TransactionId:x8}, expected 0x{TransactionId:x8}");
        }
        if (message.HardwareType != Dhcp4Message.EthernetHardwareType || !message.ClientHardwareAddress.Equals(_chaddr))
        {
            return Dhcp4ClientStep.Drop(DhcpDropReason.WrongClientHardwareAddress, $"chaddr {message.ClientHardwareAddress}");
        }

        return (State, message.MessageType) switch
        {
            (Dhcp4ClientState.Selecting, Dhcp4MessageType.Offer) => OnOffer(message),
            (Dhcp4ClientState.Requesting, Dhcp4MessageType.Ack) => OnAck(message),
            (Dhcp4ClientState.Requesting, Dhcp4MessageType.Nak) => OnNak(message, elapsed),
            _ => Dhcp4ClientStep.Drop(DhcpDropReason.UnexpectedMessageType,
                $"{message.MessageType?.ToString() ?? "BOOTP reply"} in state {State}"),
        };
    }

    private Dhcp4ClientStep OnOffer(Dhcp4Message offer)
    {
        if (offer.YourAddress.Equals(IPAddress.Any))
        {
            return Dhcp4ClientStep.Drop(DhcpDropReason.NoAddress, "OFFER with yiaddr 0.0.0.0");
        }
        if (offer.ServerIdentifier is null)
        {
            return Dhcp4ClientStep.Drop(DhcpDropReason.MissingServerIdentifier, "OFFER without option 54");
        }
        _offer = offer;
        State = Dhcp4ClientState.Requesting;
        _attempts = 0;
        return Transmit(BuildRequest(offer), $"OFFER of {offer.YourAddress} from {offer.ServerIdentifier} chosen");
    }

    private Dhcp4ClientStep OnAck(Dhcp4Message ack)
    {
        if (!FromChosenServer(ack, out var drop))
        {
            return drop;
        }
        State = Dhcp4ClientState.Bound;
        return new Dhcp4ClientStep(Lease: Dhcp4LeaseBuilder.Build(_offer!, ack, _options), Detail: $"ACK of {ack.YourAddress}");
    }

    private Dhcp4ClientStep OnNak(Dhcp4Message nak, TimeSpan elapsed)
    {
        if (!FromChosenServer(nak, out var drop))
        {
            return drop;
        }
        _naks++;
        var why = nak.Message is { } text ? $"NAK: {text}" : "NAK";
        if (_naks >= _options.Retransmission.NakLimit)
        {
            return Fail(DhcpFailure.Refused, $"{why} ({_naks} NAKs)");
        }
        // RFC 2131 §4.4: a NAK sends the client back to INIT, with a new exchange.
        return BeginDiscover(elapsed, why);
    }

    private bool FromChosenServer(Dhcp4Message reply, out Dhcp4ClientStep drop)
    {
        drop = Dhcp4ClientStep.Drop(DhcpDropReason.MissingServerIdentifier, $"{reply.MessageType} without option 54");
        if (reply.ServerIdentifier is not { } server)
        {
            return false;
        }
        if (!server.Equals(_offer!.ServerIdentifier))
        {
            drop = Dhcp4ClientStep.Drop(DhcpDropReason.WrongServer, $"{reply.MessageType} from {server}, chosen {_offer.ServerIdentifier}");
            return false;
        }
        return true;
    }

    private Dhcp4ClientStep BeginDiscover(TimeSpan elapsed, string why)
    {
        TransactionId = (uint)_random.NextInt64(1, uint.MaxValue);
        State = Dhcp4ClientState.Selecting;
        _offer = null;
        _attempts = 0;
        _discoverSeconds = Seconds(elapsed);
        return Transmit(BuildDiscover(), why);
    }

    private Dhcp4ClientStep Transmit(Dhcp4Message message, string why)
    {
        _lastSent = message;
        var delay = _options.Retransmission.DelayAfter(_attempts, _random.NextDouble());
        _attempts++;
        return new Dhcp4ClientStep(Send: message, RetransmitAfter: delay, Detail: why);
    }

    private Dhcp4ClientStep Fail(DhcpFailure failure, string why)
    {
        State = Dhcp4ClientState.Failed;
        return new Dhcp4ClientStep(Failure: failure, Detail: why);
    }

    private Dhcp4Message BuildDiscover() => BaseMessage(Dhcp4MessageType.Discover, []);

    private Dhcp4Message BuildRequest(Dhcp4Message offer) => BaseMessage(Dhcp4MessageType.Request,
    [
        Dhcp4Option.FromAddresses(Dhcp4OptionCode.RequestedIpAddress, offer.YourAddress),
        Dhcp4Option.FromAddresses(Dhcp4OptionCode.ServerIdentifier, offer.ServerIdentifier!),
    ]);

    /// <summary>
    /// A request broadcast from 0.0.0.0: broadcast flag set, since the ROM takes no unicast before it has an address (RFC 2131 §4.1).
    /// </summary>
    private Dhcp4Message BaseMessage(Dhcp4MessageType type, IEnumerable<Dhcp4Option> specific)
    {
        List<Dhcp4Option> options = [Dhcp4Option.FromByte(Dhcp4OptionCode.MessageType, (byte)type), .. specific];
        if (_options.SendClientIdentifier)
        {
            options.Add(Dhcp4Option.FromBytes(Dhcp4OptionCode.ClientIdentifier,
                [Dhcp4Message.EthernetHardwareType, .. _options.MacAddress.ToArray()]));
        }
        if (_options.VendorId.Length > 0)
        {
            options.Add(Dhcp4Option.FromString(Dhcp4OptionCode.VendorClassIdentifier, _options.VendorId));
        }
        options.Add(Dhcp4Option.FromBytes(Dhcp4OptionCode.ParameterRequestList, [.. _options.ParameterRequestList.Select(c => (byte)c)]));
        return new Dhcp4Message
        {
            Opcode = Dhcp4Opcode.BootRequest,
            TransactionId = TransactionId,
            Seconds = _discoverSeconds,
            Flags = Dhcp4Flags.Broadcast,
            ClientHardwareAddress = _chaddr,
            Options = [.. options],
        };
    }

    private static ushort Seconds(TimeSpan elapsed) => (ushort)Math.Clamp(elapsed.TotalSeconds, 0, ushort.MaxValue);
}
