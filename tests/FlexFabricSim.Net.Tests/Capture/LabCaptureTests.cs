using FlexFabricSim.Net.Links;

namespace FlexFabricSim.Net.Tests.Capture;

public sealed class LabCaptureTests
{
    [Fact]
    public void TheSameLabGivesTheSameCaptureByteForByte()
    {
        var faults = new LinkFaults { DropRate = 0.02, DuplicateRate = 0.02, ReorderRate = 0.02 };
        var first = LabCaptureScenario.Run(2_000_000, faults);
        var second = LabCaptureScenario.Run(2_000_000, faults);
        Assert.True(first.Length > 2_000_000);
        Assert.Equal(first, second);
    }

    [Fact]
    public void CaptureMatchesTheGoldenFile()
    {
        var capture = LabCaptureScenario.Run(20_000);
        var golden = Path.Combine(Path.GetDirectoryName(ThisFile())!, "lab-two-hosts.pcapng");
        var inCi = string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);
        if (!inCi && Environment.GetEnvironmentVariable("UPDATE_SNAPSHOTS") == "1")
        {
            File.WriteAllBytes(golden, capture);
        }

        Assert.True(File.Exists(golden), $"no golden capture at {golden}; record it with UPDATE_SNAPSHOTS=1 and review it in Wireshark");
        var expected = File.ReadAllBytes(golden);
        if (!expected.AsSpan().SequenceEqual(capture))
        {
            File.WriteAllBytes(Path.ChangeExtension(golden, ".received.pcapng"), capture);
            Assert.Fail($"capture differs from {golden}; see the .received.pcapng beside it");
        }

        var (_, interfaces, packets) = PcapngReader.Read(capture);
        Assert.Equal("lab/a", Assert.Single(interfaces).Name);
        Assert.True(packets.Count > 30);
        Assert.Equal(packets.OrderBy(p => p.Timestamp).Select(p => p.Timestamp), packets.Select(p => p.Timestamp));
    }

    private static string ThisFile([System.Runtime.CompilerServices.CallerFilePath] string path = "") => path;
}
