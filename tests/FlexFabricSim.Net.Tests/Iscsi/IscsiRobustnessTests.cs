using System.Buffers;
using FlexFabricSim.Net.Iscsi;
using FlexFabricSim.Net.Iscsi.Initiator;
using FlexFabricSim.Net.Iscsi.Login;
using FlexFabricSim.Net.Scsi;

namespace FlexFabricSim.Net.Tests.Iscsi;

/// <summary>Random and mutated bytes through every parser, and hostile streams into a live target: only typed rejections, no hang.</summary>
public sealed class IscsiRobustnessTests
{
    private const int Iterations = 100_000;

    [Fact]
    public void HundredThousandMutatedPdusOnlyEverFailWithIscsiFormatException()
    {
        var seeds = IscsiCapture.Complete.Select(IscsiCapture.Load)
            .SelectMany(c => c.Streams.SelectMany(s => new[] { c.Flow(s, true), c.Flow(s, false) }))
            .SelectMany(SplitPdus).ToArray();
        Assert.True(seeds.Length > 50);
        var random = new Random(7143);
        var decoded = 0;
        var rejected = 0;
        for (var i = 0; i < Iterations; i++)
        {
            var bytes = Mutate(seeds[random.Next(seeds.Length)], random);
            var digests = (IscsiDigests)random.Next(4);
            try
            {
                if (IscsiPduReader.TryRead(bytes, digests, out var pdu, out var consumed))
                {
                    decoded++;
                    Assert.InRange(consumed, 48, bytes.Length);
                    // Whatever decodes re-encodes, and the re-encoding decodes to the same header.
                    var again = IscsiPduReader.Decode(pdu.ToArray(digests), digests);
                    Assert.Equal(pdu.Opcode, again.Opcode);
                    if (pdu is IscsiLoginRequest or IscsiLoginResponse or IscsiTextRequest or IscsiTextResponse)
                    {
                        var keys = IscsiTextCodec.Parse(pdu.Data.Span);
                        new IscsiLoginNegotiator(IscsiNegotiationRole.Target, new Dictionary<string, string>()).Receive(keys);
                    }
                    if (pdu is IscsiScsiCommand command)
                    {
                        ScsiCdb.TryDecode(command.Cdb.Span, out _);
                    }
                    if (pdu is IscsiScsiResponse response)
                    {
                        ScsiSense.TryParse(response.Sense.Span, out _);
                    }
                }
                var sequence = new ReadOnlySequence<byte>(bytes);
                var reader = new SequenceReader<byte>(sequence);
                IscsiPduReader.TryRead(ref reader, digests, out _);
            }
            catch (IscsiFormatException e)
            {
                rejected++;
                Assert.True(Enum.IsDefined(e.Reason));
            }
        }
        Assert.True(decoded > 1000 && rejected > 1000, $"decoded {decoded}, rejected {rejected}");
    }

    [Fact]
    public async Task HostileStreamsNeverStopTheTargetServingOthers()
    {
        using var lab = new IscsiLab();
        var target = lab.Add(IscsiLab.PortalA, IscsiLab.Options(IscsiLab.Disk(IscsiLab.InitiatorChap)));
        await using var good = await IscsiSession.LoginAsync(IscsiLab.PortalA, IscsiLab.TargetName, IscsiLab.Initiator(IscsiLab.InitiatorChap), lab.ConnectAsync);
        var lun = await good.AttachAsync(0);

        var random = new Random(3720);
        var seeds = IscsiCapture.Complete.Select(IscsiCapture.Load).SelectMany(c => c.Streams.Select(s => c.Flow(s, true))).ToArray();
        for (var round = 0; round < 60; round++)
        {
            var (attacker, served) = DuplexStream.CreatePair();
            var serving = target.ServeAsync(served);
            var hostile = round % 3 == 0 ? RandomBytes(random, random.Next(1, 4000)) : Mutate(seeds[random.Next(seeds.Length)], random);
            await attacker.WriteAsync(hostile);
            if (round % 2 == 0)
            {
                attacker.Dispose(); // end of stream mid-PDU
            }
            else
            {
                // Keep the connection open a moment, then close: the target must not wait forever for the rest.
                await Task.Delay(1);
                attacker.Dispose();
            }
            Assert.True(await Task.WhenAny(serving, Task.Delay(TimeSpan.FromSeconds(10))) == serving, $"round {round}: the target hung");
            await serving; // never throws

            // The honest session keeps working throughout.
            Assert.Equal(512, (await good.ReadBlocksAsync(lun, (ulong)round, 1)).Length);
        }
        await good.LogoutAsync();
    }

    private static IEnumerable<byte[]> SplitPdus(byte[] flow)
    {
        var offset = 0;
        while (offset < flow.Length && IscsiPduReader.TryGetPduLength(flow.AsSpan(offset), IscsiDigests.None, out var length)
            && offset + length <= flow.Length)
        {
            yield return flow[offset..(offset + length)];
            offset += length;
        }
    }

    private static byte[] Mutate(byte[] seed, Random random)
    {
        var bytes = (byte[])seed.Clone();
        switch (random.Next(5))
        {
            case 0:
                for (var n = random.Next(1, 6); n > 0; n--)
                {
                    bytes[random.Next(bytes.Length)] = (byte)random.Next(256);
                }
                return bytes;
            case 1:
                return bytes[..random.Next(bytes.Length)];
            case 2:
                bytes[random.Next(Math.Min(48, bytes.Length))] ^= (byte)(1 << random.Next(8));
                return bytes;
            case 3:
                return [.. bytes, .. RandomBytes(random, random.Next(1, 300))];
            default:
                if (bytes.Length >= 8)
                {
                    bytes[4] = (byte)random.Next(256);
                    bytes[5] = (byte)random.Next(256);
                    bytes[6] = (byte)random.Next(256);
                    bytes[7] = (byte)random.Next(256);
                }
                return bytes;
        }
    }

    private static byte[] RandomBytes(Random random, int length)
    {
        var bytes = new byte[length];
        random.NextBytes(bytes);
        return bytes;
    }
}
