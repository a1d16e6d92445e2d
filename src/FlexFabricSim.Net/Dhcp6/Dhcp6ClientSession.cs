using FlexFabricSim.Net.Dhcp;
using FlexFabricSim.Net.Errors;

namespace FlexFabricSim.Net.Dhcp6;

/// <summary>
/// The DHCPv6 client's protocol logic, without sockets or clocks: SOLICIT → ADVERTISE → REQUEST → REPLY (RFC 8415 §18.2).
/// </summary>
/// <remarks>
/// Inputs are <see cref="Start"/>, <see cref="Timeout"/> and <see cref="Receive(Dhcp6Message, TimeSpan)"/>, each with the time
/// since <see cref="Start"/>. Advertises are collected for the first retransmission time and the highest preference wins
/// (first received on a tie); preference 255, or any Advertise after the first retransmission, is taken at once (RFC 8415
/// §18.2.1). Replies are validated first (direction, transaction id, client id, server id) and dropped with a reason.
/// </remarks>
public sealed class Dhcp6ClientSession
{
    private const byte MaxPreference = 255;

    private readonly Dhcp6ClientOptions _options;
    private readonly Random _random;
    private readonly List<Dhcp6Message> _advertises = [];
    private Dhcp6Message? _chosen;
    private TimeSpan? _lastTimeout;
    private TimeSpan _exchangeStart;
    private int _attempts;
    private bool _initialDelay;

    /// <summary>Creates the logic for one port; <paramref name="random"/> chooses transaction ids and jitter (seed it in tests).</summary>
    public Dhcp6ClientSession(Dhcp6ClientOptions options, Random random)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(random);
        _options = options;
        _random = random;
    }

    /// <summary>The current state.</summary>
    public Dhcp6ClientState State { get; private set; } = Dhcp6ClientState.Init;

    /// <summary>The transaction id of the exchange in progress (24 bits).</summary>
    public uint TransactionId { get; private set; }

    /// <summary>The Advertise being requested, once one was chosen.</summary>
    public Dhcp6Message? ChosenAdvertise => _chosen;

    /// <summary>Begins: waits a random time up to SOL_MAX_DELAY before the first Solicit (RFC 8415 §18.2.1).</summary>
    /// <exception cref="InvalidOperationException">The exchange has already started.</exception>
    public Dhcp6ClientStep Start(TimeSpan elapsed)
    {
        if (State != Dhcp6ClientState.Init)
        {
            throw new InvalidOperationException($"the exchange has already started (state {State})");
        }
        State = Dhcp6ClientState.Soliciting;
        NewExchange(elapsed);
        _initialDelay = true;
        var delay = TimeSpan.FromTicks((long)(_random.NextDouble() * _options.Retransmission.SolicitMaxDelay.Ticks));
        return new Dhcp6ClientStep(TimeoutAfter: delay, Detail: "initial random delay before SOLICIT");
    }

    /// <summary>The timer armed by the last step expired: send, choose an Advertise, retransmit, or give up.</summary>
    public Dhcp6ClientStep Timeout(TimeSpan elapsed)
    {
        var policy = _options.Retransmission;
        switch (State)
        {
            case Dhcp6ClientState.Soliciting when _initialDelay:
                // The transaction starts with its first message: elapsed time 0 there (RFC 8415 §21.9).
                _initialDelay = false;
                _exchangeStart = elapsed;
                return Transmit(BuildSolicit(elapsed), policy.SolicitTimeout, policy.SolicitMaxTimeout, "SOLICIT");
            case Dhcp6ClientState.Soliciting when _advertises.Count > 0:
                return Choose(Best(), elapsed, "best ADVERTISE after the first SOLICIT timeout");
            case Dhcp6ClientState.Soliciting when _attempts < policy.SolicitAttempts:
                return Transmit(BuildSolicit(elapsed), policy.SolicitTimeout, policy.SolicitMaxTimeout, "retransmit SOLICIT");
            case Dhcp6ClientState.Soliciting:
                return Fail(DhcpFailure.NoOffer, $"no usable ADVERTISE after {_attempts} SOLICITs");
            case Dhcp6ClientState.Requesting when _attempts < policy.RequestAttempts:
                return Transmit(BuildRequest(_chosen!, elapsed), policy.RequestTimeout, policy.RequestMaxTimeout, "retransmit REQUEST");
            case Dhcp6ClientState.Requesting:
                return Fail(DhcpFailure.NoAcknowledgement, $"no REPLY after {_attempts} REQUESTs");
            default:
                return Dhcp6ClientStep.Drop(DhcpDropReason.UnexpectedMessageType, $"timeout in state {State}");
        }
    }

    /// <summary>Decodes a datagram and handles it; malformed bytes are dropped with the decoder's reason.</summary>
    public Dhcp6ClientStep Receive(ReadOnlySpan<byte> datagram, TimeSpan elapsed)
    {
        Dhcp6Message message;
        try
        {
            message = Dhcp6Message.Decode(datagram);
        }
        catch (DhcpFormatException error)
        {
            return Dhcp6ClientStep.Drop(DhcpDropReason.Malformed, error.Message);
        }
        return Receive(message, elapsed);
    }

    /// <summary>Validates a server message, then dispatches it on the current state.</summary>
    public Dhcp6ClientStep Receive(Dhcp6Message message, TimeSpan elapsed)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (message.MessageType is not (Dhcp6MessageType.Advertise or Dhcp6MessageType.Reply or Dhcp6MessageType.Reconfigure))
        {
            return Dhcp6ClientStep.Drop(DhcpDropReason.WrongDirection, message.ToString());
        }
        if (message.TransactionId != TransactionId)
        {
            return Dhcp6ClientStep.Drop(DhcpDropReason.WrongTransactionId,
                $"xid 0x{message.TransactionId:x6}, expected 0x{TransactionId:x6}");
        }
        // RFC 8415 §16.3, §16.10: a client discards an Advertise or Reply without its own Client Identifier.
        if (!_options.Duid.Equals(message.ClientId))
        {
            return Dhcp6ClientStep.Drop(DhcpDropReason.WrongClientId, $"client id {message.ClientId?.ToString() ?? "missing"}");
        }
        if (message.ServerId is null)
        {
            return Dhcp6ClientStep.Drop(DhcpDropReason.MissingServerIdentifier, $"{message.MessageType} without a Server Identifier");
        }

        return (State, message.MessageType) switch
        {
            (Dhcp6ClientState.Soliciting, Dhcp6MessageType.Advertise) when !_initialDelay => OnAdvertise(message, elapsed),
            (Dhcp6ClientState.Requesting, Dhcp6MessageType.Reply) => OnReply(message),
            _ => Dhcp6ClientStep.Drop(DhcpDropReason.UnexpectedMessageType, $"{message.MessageType} in state {State}"),
        };
    }

    private Dhcp6ClientStep OnAdvertise(Dhcp6Message advertise, TimeSpan elapsed)
    {
        if (Dhcp6LeaseBuilder.FirstAddress(advertise) is null)
        {
            var status = advertise.Status ?? advertise.IaNas.Select(ia => ia.Status).FirstOrDefault(s => s is not null);
            var why = status is null ? "ADVERTISE without an address" : $"{status.Code}: {status.Message}";
            return Dhcp6ClientStep.Drop(DhcpDropReason.NoAddress, why);
        }
        if (advertise.Preference == MaxPreference || _attempts > 1)
        {
            var why = advertise.Preference == MaxPreference ? "ADVERTISE with preference 255" : "first ADVERTISE after retransmitting";
            return Choose(advertise, elapsed, why);
        }
        _advertises.Add(advertise);
        return new Dhcp6ClientStep(
            Detail: $"ADVERTISE from {advertise.ServerId} (preference {advertise.Preference}) kept until the SOLICIT timeout");
    }

    private Dhcp6ClientStep OnReply(Dhcp6Message reply)
    {
        if (!reply.ServerId!.Equals(_chosen!.ServerId))
        {
            return Dhcp6ClientStep.Drop(DhcpDropReason.WrongServer, $"REPLY from {reply.ServerId}, chosen {_chosen.ServerId}");
        }
        if (Dhcp6LeaseBuilder.FirstAddress(reply) is null)
        {
            var status = reply.Status ?? reply.IaNas.Select(ia => ia.Status).FirstOrDefault(s => s is not null);
            return Fail(DhcpFailure.Refused, status is null ? "REPLY without an address" : $"REPLY {status.Code}: {status.Message}");
        }
        State = Dhcp6ClientState.Bound;
        var lease = Dhcp6LeaseBuilder.Build(_chosen, reply, _options);
        return new Dhcp6ClientStep(Lease: lease, Detail: $"REPLY assigns {lease.Address}");
    }

    private Dhcp6Message Best() =>
        _advertises.Aggregate((best, next) => next.Preference > best.Preference ? next : best);

    private Dhcp6ClientStep Choose(Dhcp6Message advertise, TimeSpan elapsed, string why)
    {
        _chosen = advertise;
        _advertises.Clear();
        State = Dhcp6ClientState.Requesting;
        // A Request starts a new message exchange: new transaction id, elapsed time from zero (RFC 8415 §16, §21.9).
        NewExchange(elapsed);
        var policy = _options.Retransmission;
        return Transmit(BuildRequest(advertise, elapsed), policy.RequestTimeout, policy.RequestMaxTimeout,
            $"{why}: REQUEST to {advertise.ServerId}");
    }

    private void NewExchange(TimeSpan elapsed)
    {
        TransactionId = (uint)_random.Next(1, (int)Dhcp6Message.MaxTransactionId + 1);
        _exchangeStart = elapsed;
        _attempts = 0;
        _lastTimeout = null;
    }

    private Dhcp6ClientStep Transmit(Dhcp6Message message, TimeSpan initial, TimeSpan maximum, string why)
    {
        var timeout = Dhcp6RetransmissionPolicy.NextTimeout(_lastTimeout, initial, maximum, _random.NextDouble(),
            positiveFirst: message.MessageType == Dhcp6MessageType.Solicit);
        _lastTimeout = timeout;
        _attempts++;
        return new Dhcp6ClientStep(Send: message, TimeoutAfter: timeout, Detail: why);
    }

    private Dhcp6ClientStep Fail(DhcpFailure failure, string why)
    {
        State = Dhcp6ClientState.Failed;
        return new Dhcp6ClientStep(Failure: failure, Detail: why);
    }

    private Dhcp6Message BuildSolicit(TimeSpan elapsed) =>
        Message(Dhcp6MessageType.Solicit, elapsed, [new Dhcp6IaNa { Iaid = _options.Iaid }.ToOption()]);

    private Dhcp6Message BuildRequest(Dhcp6Message advertise, TimeSpan elapsed)
    {
        // Ask for the advertised addresses, lifetimes left to the server (RFC 8415 §18.2.2).
        var advertised = advertise.IaNas.FirstOrDefault(ia => ia.Iaid == _options.Iaid) ?? advertise.IaNas[0];
        var ia = new Dhcp6IaNa
        {
            Iaid = _options.Iaid,
            Options =
            [
                .. advertised.Addresses.Select(a => (a with { PreferredLifetimeSeconds = 0, ValidLifetimeSeconds = 0, Options = [] })
                    .ToOption()),
            ],
        };
        return Message(Dhcp6MessageType.Request, elapsed, [advertise.ServerId!.ToOption(Dhcp6OptionCode.ServerId), ia.ToOption()]);
    }

    private Dhcp6Message Message(Dhcp6MessageType type, TimeSpan elapsed, IEnumerable<Dhcp6Option> specific)
    {
        // Elapsed time in hundredths of a second since the exchange began, 0xffff past 655.35 s (RFC 8415 §21.9).
        var hundredths = (ushort)Math.Clamp((elapsed - _exchangeStart).TotalMilliseconds / 10, 0, ushort.MaxValue);
        List<Dhcp6Option> options =
        [
            _options.Duid.ToOption(Dhcp6OptionCode.ClientId),
            .. specific,
            Dhcp6Option.FromUInt16(Dhcp6OptionCode.ElapsedTime, hundredths),
            Dhcp6Option.OptionRequest(_options.OptionRequest),
        ];
        if (_options.VendorId.Length > 0)
        {
            options.Add(Dhcp6VendorClass.FromText(_options.EnterpriseNumber, _options.VendorId).ToOption());
        }
        return new Dhcp6Message { MessageType = type, TransactionId = TransactionId, Options = [.. options] };
    }
}
