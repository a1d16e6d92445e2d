using System.Net;
using FlexFabricSim.Net.Dhcp;
using FlexFabricSim.Net.Dhcp4;
using FlexFabricSim.Net.Dhcp6;

namespace FlexFabricSim.Net.Tests.Dhcp;

/// <summary>A scripted DHCP peer on the far end of an <see cref="InMemoryDhcpLink"/>, in the spirit of Npgsql's PgServerMock.</summary>
/// <remarks>
/// <c>Expect…</c> waits for the endpoint's next datagram while moving the virtual clock on in small steps, so retransmission
/// timers fire without real waiting; it returns the message and the virtual time it arrived. <c>Send…</c> answers.
/// </remarks>
public sealed class DhcpPeerMock(InMemoryDhcpLink.End peer, ObservedTimeProvider time)
{
    private static readonly TimeSpan SettleLimit = TimeSpan.FromSeconds(5);
    private int _wakeMark = -1;
    private Task? _endpoint;

    /// <summary>Virtual time per pump: arrival times are known to within this.</summary>
    public static readonly TimeSpan Step = TimeSpan.FromMilliseconds(250);

    private readonly DateTimeOffset _start = time.GetUtcNow();

    /// <summary>Tells the mock which task is the endpoint's run: once it has finished, nothing is waited for.</summary>
    public void Watch(Task endpoint) => _endpoint = endpoint;

    /// <summary>Virtual time since the mock was made.</summary>
    public TimeSpan Now => time.GetUtcNow() - _start;

    /// <summary>Waits (in virtual time, up to <paramref name="within"/>) for a DHCPv4 message of <paramref name="type"/>.</summary>
    public async Task<(Dhcp4Message Message, TimeSpan At, IPEndPoint Source)> Expect4(Dhcp4MessageType type, TimeSpan? within = null)
    {
        var datagram = await Next(within ?? TimeSpan.FromSeconds(120));
        var message = Dhcp4Message.Decode(datagram.Payload.Span);
        Assert.Equal(type, message.MessageType);
        return (message, Now, datagram.Source);
    }

    /// <summary>Waits (in virtual time) for a DHCPv6 message of <paramref name="type"/>.</summary>
    public async Task<(Dhcp6Message Message, TimeSpan At, IPEndPoint Source)> Expect6(Dhcp6MessageType type, TimeSpan? within = null)
    {
        var datagram = await Next(within ?? TimeSpan.FromSeconds(120));
        var message = Dhcp6Message.Decode(datagram.Payload.Span);
        Assert.Equal(type, message.MessageType);
        return (message, Now, datagram.Source);
    }

    /// <summary>Moves virtual time on by <paramref name="duration"/> and fails if anything arrives meanwhile.</summary>
    public async Task ExpectSilence(TimeSpan duration)
    {
        for (var waited = TimeSpan.Zero; waited < duration; waited += Step)
        {
            await Pump();
            if (peer.Inbox.TryRead(out var datagram))
            {
                throw new Xunit.Sdk.XunitException($"unexpected datagram at {Now}: {Convert.ToHexString(datagram.Payload.Span)}");
            }
        }
    }

    /// <summary>Sends a DHCPv4 message to the endpoint.</summary>
    public ValueTask Send4(Dhcp4Message message, IPEndPoint? to = null) => SendRaw(message.ToArray(), to ?? DhcpPorts.Dhcp4ClientBroadcast);

    /// <summary>Sends a DHCPv6 message to the endpoint.</summary>
    public ValueTask Send6(Dhcp6Message message, IPEndPoint? to = null) =>
        SendRaw(message.ToArray(), to ?? new IPEndPoint(IPAddress.Parse("fe80::210:18ff:feaa:bb1c"), DhcpPorts.Dhcp6Client));

    /// <summary>Sends raw bytes to the endpoint.</summary>
    public ValueTask SendRaw(byte[] payload, IPEndPoint to)
    {
        _wakeMark = time.TimersCreated;
        return peer.SendAsync(payload, to, CancellationToken.None);
    }

    private async Task<DhcpDatagram> Next(TimeSpan within)
    {
        for (var waited = TimeSpan.Zero; waited <= within; waited += Step)
        {
            if (peer.Inbox.TryRead(out var datagram))
            {
                return datagram;
            }
            await Pump();
        }
        throw new Xunit.Sdk.XunitException($"nothing arrived within {within} of virtual time (now {Now})");
    }

    /// <summary>
    /// Waits until the endpoint has reacted to its last wake-up (armed a new timer), then moves the virtual clock one step.
    /// </summary>
    private async Task Pump()
    {
        var settling = System.Diagnostics.Stopwatch.StartNew();
        while (_wakeMark >= 0 && time.TimersCreated <= _wakeMark && _endpoint?.IsCompleted != true && settling.Elapsed < SettleLimit)
        {
            // Real time: the endpoint's continuation runs on the thread pool. An endpoint that finished arms no timer: give up waiting.
            await Task.Delay(1);
        }
        if (peer.Inbox.TryPeek(out _))
        {
            return;
        }
        var fired = time.TimersFired;
        var created = time.TimersCreated;
        time.Advance(Step);
        _wakeMark = time.TimersFired > fired ? created : -1;
    }
}
