using CsCheck;
using FlexFabricSim.Net.Errors;
using FlexFabricSim.Net.Ibft;
using FlexFabricSim.Net.Tests.Fuzzing;

namespace FlexFabricSim.Net.Tests.Ibft;

/// <summary>Hostile iBFT bytes: the parser only ever throws <see cref="IbftFormatException"/>.</summary>
public sealed class IbftFuzzTests
{
    private static readonly byte[][] Seeds =
    [
        IbftBuilder.Build(IbftTestData.DhcpIpv4Boot),
        IbftBuilder.Build(IbftTestData.Ipv6MutualChapBoot),
    ];

    [Fact(Timeout = 300_000)]
    public async Task Mutated_tables_never_escape_the_typed_exception()
    {
        // Most edits break the checksum; fix it again in half the cases so the structure checks behind it are reached.
        await Task.Run(() => WireMutations.Mutated(Seeds).Sample(table =>
        {
            foreach (var candidate in new[] { table, WithChecksum(table) })
            {
                try
                {
                    _ = IbftParser.Parse(candidate);
                }
                catch (IbftFormatException)
                {
                }
            }
        }, iter: FuzzBudget.IbftMutated));
    }

    private static byte[] WithChecksum(byte[] table)
    {
        var copy = (byte[])table.Clone();
        if (copy.Length < 10)
        {
            return copy;
        }
        copy[9] = 0;
        var length = copy.Length >= 8 ? (int)Math.Min(BitConverter.ToUInt32(copy, 4), (uint)copy.Length) : copy.Length;
        byte sum = 0;
        foreach (var b in copy.AsSpan(0, length))
        {
            sum += b;
        }
        copy[9] = (byte)-sum;
        return copy;
    }
}
