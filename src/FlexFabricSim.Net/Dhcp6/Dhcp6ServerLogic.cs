using System.Net;
using System.Numerics;
using FlexFabricSim.Net.Dhcp;

namespace FlexFabricSim.Net.Dhcp6;

/// <summary>
/// The simulated DHCPv6 server's decisions, without sockets: which reply (if any) a client message gets (RFC 8415 §18.3).
/// </summary>
/// <remarks>Addresses are bound to the client's DUID and IAID for the server's lifetime.</remarks>
public sealed class Dhcp6ServerLogic
{
    private readonly Dictionary<(Dhcp6Duid Client, uint Iaid), IPAddress> _bindings = [];

    /// <summary>Creates the server's logic for <paramref name="profile"/>.</summary>
    public Dhcp6ServerLogic(Dhcp6ServerProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        Profile = profile;
    }

    /// <summary>What the server offers.</summary>
    public Dhcp6ServerProfile Profile { get; }

    /// <summary>
    /// The reply to <paramref name="message"/>, or null (with <paramref name="drop"/> set when it was refused as invalid).
    /// </summary>
    public Dhcp6Message? Handle(Dhcp6Message message, out DhcpDropReason? drop)
    {
        ArgumentNullException.ThrowIfNull(message);
        drop = null;
        if (message.MessageType is not (Dhcp6MessageType.Solicit or Dhcp6MessageType.Request))
        {
            drop = message.MessageType is Dhcp6MessageType.Advertise or Dhcp6MessageType.Reply
                ? DhcpDropReason.WrongDirection
                : DhcpDropReason.UnexpectedMessageType;
            return null;
        }
        // RFC 8415 §16.2, §16.4: Solicit and Request carry a Client Identifier; a Request names this server.
        if (message.ClientId is not { } client)
        {
            drop = DhcpDropReason.WrongClientId;
            return null;
        }
        if (message.MessageType == Dhcp6MessageType.Request && !Profile.ServerDuid.Equals(message.ServerId))
        {
            return null;
        }
        if (Profile.Silent)
        {
            return null;
        }
        var type = message.MessageType == Dhcp6MessageType.Solicit ? Dhcp6MessageType.Advertise : Dhcp6MessageType.Reply;
        return Reply(message, client, type);
    }

    private Dhcp6Message Reply(Dhcp6Message message, Dhcp6Duid client, Dhcp6MessageType type)
    {
        List<Dhcp6Option> options =
        [
            client.ToOption(Dhcp6OptionCode.ClientId),
            Profile.ServerDuid.ToOption(Dhcp6OptionCode.ServerId),
        ];
        foreach (var ia in message.IaNas)
        {
            options.Add(AssignIa(client, ia).ToOption());
        }
        if (type == Dhcp6MessageType.Advertise && Profile.Preference > 0)
        {
            options.Add(new Dhcp6Option(Dhcp6OptionCode.Preference, [Profile.Preference]));
        }
        if (Profile.DnsServers.Count > 0)
        {
            options.Add(Dhcp6Option.FromAddresses(Dhcp6OptionCode.DnsServers, Profile.DnsServers));
        }
        var matched = Profile.VendorClassToMatch is null || message.VendorClasses.SelectMany(c => c.ItemTexts)
            .Any(text => VendorIdMatcher.Matches(Profile.VendorClassToMatch, text, Profile.VendorClassMatching));
        if (matched && Profile.VendorClassToSend is { } vendorClass)
        {
            options.Add(vendorClass.ToOption());
        }
        if (matched && Profile.VendorOptions is { } vendorOptions)
        {
            options.Add(vendorOptions.ToOption());
        }
        return new Dhcp6Message { MessageType = type, TransactionId = message.TransactionId, Options = [.. options] };
    }

    private Dhcp6IaNa AssignIa(Dhcp6Duid client, Dhcp6IaNa ia)
    {
        if (Profile.NoAddresses || Allocate(client, ia.Iaid) is not { } address)
        {
            return new Dhcp6IaNa
            {
                Iaid = ia.Iaid,
                Options = [new Dhcp6Status(Dhcp6StatusCode.NoAddrsAvail, "no addresses available").ToOption()],
            };
        }
        var iaAddress = new Dhcp6IaAddress
        {
            Address = address,
            PreferredLifetimeSeconds = Profile.PreferredLifetimeSeconds,
            ValidLifetimeSeconds = Profile.ValidLifetimeSeconds,
        };
        return new Dhcp6IaNa
        {
            Iaid = ia.Iaid,
            T1Seconds = Profile.PreferredLifetimeSeconds / 2,
            T2Seconds = Profile.PreferredLifetimeSeconds / 5 * 4,
            Options = [iaAddress.ToOption()],
        };
    }

    private IPAddress? Allocate(Dhcp6Duid client, uint iaid)
    {
        if (_bindings.TryGetValue((client, iaid), out var existing))
        {
            return existing;
        }
        var start = new BigInteger(Profile.PoolStart.GetAddressBytes(), isUnsigned: true, isBigEndian: true);
        var taken = _bindings.Values.Select(a => new BigInteger(a.GetAddressBytes(), isUnsigned: true, isBigEndian: true)).ToHashSet();
        for (var i = 0; i < Profile.PoolSize; i++)
        {
            var candidate = start + i;
            if (!taken.Contains(candidate))
            {
                var bytes = new byte[16];
                candidate.TryWriteBytes(bytes, out var written, isUnsigned: true, isBigEndian: true);
                // TryWriteBytes writes the minimal number of bytes: right-align them in the 16-byte address.
                var address = new byte[16];
                bytes.AsSpan(0, written).CopyTo(address.AsSpan(16 - written));
                var assigned = new IPAddress(address);
                _bindings[(client, iaid)] = assigned;
                return assigned;
            }
        }
        return null;
    }
}
