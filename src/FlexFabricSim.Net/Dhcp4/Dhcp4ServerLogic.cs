using System.Buffers.Binary;
using System.Net;
using System.Net.NetworkInformation;
using FlexFabricSim.Net.Dhcp;

namespace FlexFabricSim.Net.Dhcp4;

/// <summary>The simulated DHCPv4 server's decisions, without sockets: which reply (if any) a request gets (RFC 2131 §4.3).</summary>
/// <remarks>Addresses are bound to the client's chaddr for the server's lifetime, so a retried boot gets the same address.</remarks>
public sealed class Dhcp4ServerLogic
{
    private readonly Dictionary<PhysicalAddress, IPAddress> _bindings = [];

    /// <summary>Creates the server's logic for <paramref name="profile"/>.</summary>
    public Dhcp4ServerLogic(Dhcp4ServerProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        Profile = profile;
    }

    /// <summary>What the server offers.</summary>
    public Dhcp4ServerProfile Profile { get; }

    /// <summary>
    /// The reply to <paramref name="request"/>, or null (with <paramref name="drop"/> set when the request was refused as invalid).
    /// </summary>
    public Dhcp4Message? Handle(Dhcp4Message request, out DhcpDropReason? drop)
    {
        ArgumentNullException.ThrowIfNull(request);
        drop = null;
        if (request.Opcode != Dhcp4Opcode.BootRequest)
        {
            drop = DhcpDropReason.WrongDirection;
            return null;
        }
        if (request.ClientHardwareAddress.GetAddressBytes().Length == 0)
        {
            drop = DhcpDropReason.WrongClientHardwareAddress;
            return null;
        }
        if (Profile.Silent)
        {
            return null;
        }
        switch (request.MessageType)
        {
            case Dhcp4MessageType.Discover:
                return Allocate(request.ClientHardwareAddress) is { } offered ? Reply(request, Dhcp4MessageType.Offer, offered) : null;
            case Dhcp4MessageType.Request:
                return OnRequest(request);
            default:
                drop = DhcpDropReason.UnexpectedMessageType;
                return null;
        }
    }

    private Dhcp4Message? OnRequest(Dhcp4Message request)
    {
        // A REQUEST naming another server is that server's business (RFC 2131 §4.3.2, SELECTING state).
        if (request.ServerIdentifier is { } chosen && !chosen.Equals(Profile.ServerAddress))
        {
            return null;
        }
        var bound = _bindings.GetValueOrDefault(request.ClientHardwareAddress);
        var wanted = request.RequestedIpAddress ?? (request.ClientAddress.Equals(IPAddress.Any) ? null : request.ClientAddress);
        if (Profile.NakRequests || bound is null || !bound.Equals(wanted))
        {
            return Reply(request, Dhcp4MessageType.Nak, IPAddress.Any);
        }
        return Reply(request, Dhcp4MessageType.Ack, bound);
    }

    private IPAddress? Allocate(PhysicalAddress client)
    {
        if (_bindings.TryGetValue(client, out var existing))
        {
            return existing;
        }
        var start = BinaryPrimitives.ReadUInt32BigEndian(Profile.PoolStart.GetAddressBytes());
        var taken = _bindings.Values.Select(a => BinaryPrimitives.ReadUInt32BigEndian(a.GetAddressBytes())).ToHashSet();
        for (var i = 0u; i < Profile.PoolSize; i++)
        {
            if (!taken.Contains(start + i))
            {
                var bytes = new byte[4];
                BinaryPrimitives.WriteUInt32BigEndian(bytes, start + i);
                var address = new IPAddress(bytes);
                _bindings[client] = address;
                return address;
            }
        }
        return null;
    }

    private Dhcp4Message Reply(Dhcp4Message request, Dhcp4MessageType type, IPAddress yourAddress)
    {
        List<Dhcp4Option> options =
        [
            Dhcp4Option.FromByte(Dhcp4OptionCode.MessageType, (byte)type),
            Dhcp4Option.FromAddresses(Dhcp4OptionCode.ServerIdentifier, Profile.ServerAddress),
        ];
        if (type == Dhcp4MessageType.Nak)
        {
            var why = Profile.NakRequests ? "requests refused" : "address not offered to this client";
            options.Add(Dhcp4Option.FromString(Dhcp4OptionCode.Message, why));
        }
        else
        {
            AddLeaseOptions(options, request);
        }
        return new Dhcp4Message
        {
            Opcode = Dhcp4Opcode.BootReply,
            HardwareType = request.HardwareType,
            TransactionId = request.TransactionId,
            Flags = request.Flags,
            YourAddress = yourAddress,
            RelayAgentAddress = request.RelayAgentAddress,
            ClientHardwareAddress = request.ClientHardwareAddress,
            Options = [.. options],
        };
    }

    private void AddLeaseOptions(List<Dhcp4Option> options, Dhcp4Message request)
    {
        var leaseSeconds = (uint)Math.Min(Profile.LeaseTime.TotalSeconds, uint.MaxValue);
        options.Add(Dhcp4Option.FromUInt32(Dhcp4OptionCode.IpAddressLeaseTime, leaseSeconds));
        options.Add(Dhcp4Option.FromAddresses(Dhcp4OptionCode.SubnetMask, Profile.SubnetMask));
        if (Profile.Router is { } router)
        {
            options.Add(Dhcp4Option.FromAddresses(Dhcp4OptionCode.Router, router));
        }
        if (Profile.DnsServers.Count > 0)
        {
            options.Add(Dhcp4Option.FromAddresses(Dhcp4OptionCode.DomainNameServer, Profile.DnsServers));
        }
        if (Profile.RootPath is { } rootPath)
        {
            options.Add(Dhcp4Option.FromString(Dhcp4OptionCode.RootPath, rootPath));
        }

        var clientClass = request.VendorClassIdentifier;
        var matched = Profile.VendorClassToMatch is null
            || VendorIdMatcher.Matches(Profile.VendorClassToMatch, clientClass, Profile.VendorClassMatching);
        if (!matched || Profile.VendorOptions is not { } vendor)
        {
            return;
        }
        if ((Profile.VendorClassToSend ?? clientClass) is { } sent)
        {
            options.Add(Dhcp4Option.FromString(Dhcp4OptionCode.VendorClassIdentifier, sent));
        }
        var encapsulated = vendor.ToOption();
        options.Add(Profile.EndByteInVendorOptions ? encapsulated with { Data = encapsulated.Data.Add(0xff) } : encapsulated);
    }
}
