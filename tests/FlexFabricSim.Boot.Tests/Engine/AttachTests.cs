using FlexFabricSim.Boot.Engine;
using FlexFabricSim.Boot.Events;
using FlexFabricSim.Boot.Tests.Support;
using FlexFabricSim.Device.Nvram;

namespace FlexFabricSim.Boot.Tests.Engine;

/// <summary>The boot LUN: busy retries, blank disks, GPT, missing LUNs, SCSI errors and slow reads.</summary>
public sealed class AttachTests
{
    [Theory]
    [InlineData(3, 5, true)]
    [InlineData(3, 3, true)]
    [InlineData(3, 2, false)]
    [InlineData(1, 0, false)]
    public void LunBusyNTimesAgainstTheRetryCount(int busy, int retryCount, bool boots)
    {
        var result = Cases.StaticWithTarget($"    faults: {{ lun-busy: {busy} }}",
            (FieldKeys.General.LunBusyRetryCount, retryCount.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal(boots, result.Succeeded);
        var retries = Boots.Ids(result).Count(i => i == BootEventId.Engine(EngineCode.LunBusyRetry));
        Assert.Equal(Math.Min(busy, retryCount), retries);
        if (!boots)
        {
            Assert.Equal(BootEventId.Engine(EngineCode.LunBusyExhausted), result.EventId);
        }
        Assert.Equal(retries + 1, result.Ladder.Messages.Count(m => m.Label == "TCP SYN"));
    }

    [Fact]
    public void BlankDiskHasNoBootSignature()
    {
        var result = Cases.Static(BlankLab());
        Assert.Equal(BootEventId.Engine(EngineCode.NoBootSignature), result.EventId);
        Assert.Equal(BootStage.LunAttach, result.FailedStage);
        Assert.Contains(result.Console, l => l.Text.Contains("no boot signature"));
    }

    [Theory]
    [InlineData("disabled")]
    [InlineData("one-time-disabled")]
    public void ABlankDiskIsNoObstacleWhenTheInstallerIsToRunNext(string bootToTarget)
    {
        // Installing onto a fresh target (G p.11-12): the ROM logs in, publishes the target and hands back to the BIOS.
        var result = Cases.Static(BlankLab(), "windows-2012", (FieldKeys.General.BootToTarget, bootToTarget));
        Assert.Equal(BootOutcome.InstallerRunning, result.Outcome);
        Assert.NotNull(result.Ibft);
        Assert.DoesNotContain(BootEventId.Engine(EngineCode.NoBootSignature), Boots.Ids(result));
        Assert.Contains(result.Events, e => e.Message.Contains("None boot signature"));
    }

    [Fact]
    public void GptDiskBoots()
    {
        var lab = Boots.OneTarget().Replace("size: 8MiB", "size: 8MiB, content: gpt", StringComparison.Ordinal);
        var result = Cases.Static(lab);
        Assert.True(result.Succeeded, result.Reason);
        Assert.Contains(result.Events, e => e.Message.Contains("Gpt boot signature"));
    }

    [Fact]
    public void MissingBootLunIsNotFound()
    {
        var result = Cases.Static(Boots.OneTarget(), null, (FieldKeys.Target1.BootLun, "3"));
        Assert.Equal(BootEventId.Engine(EngineCode.BootLunNotFound), result.EventId);
        Assert.Contains("lists: 0", result.Reason);
    }

    [Fact]
    public void ADiskTooSmallForItsBootSectorsIsAScsiError()
    {
        var lab = Boots.OneTarget().Replace("size: 8MiB", "size: 512", StringComparison.Ordinal);
        var result = Cases.Static(lab);
        Assert.Equal(BootEventId.Engine(EngineCode.ScsiCommandFailed), result.EventId);
    }

    [Fact]
    public void ReadsSlowerThanTheCommandTimeoutAreEvent9()
    {
        var result = Cases.StaticWithTarget("    faults: { slow-reads: 45s }");
        Assert.Equal(BootEventId.Driver(9), result.EventId);
    }

    [Fact]
    public void AttachFailureOnTheFirstTargetMovesToTheSecond()
    {
        var lab = Cases.TwoTargets("{ }").Replace("luns: [{ lun: 0, size: 8MiB }]\n    faults", "luns: [{ lun: 0, size: 8MiB, content: blank }]\n    faults",
            StringComparison.Ordinal);
        var result = Cases.Static(lab, null, Cases.SecondTarget());
        Assert.True(result.Succeeded, result.Reason);
        Assert.Contains(BootEventId.Engine(EngineCode.NoBootSignature), Boots.Ids(result));
        Assert.Contains(BootEventId.Engine(EngineCode.SecondTarget), Boots.Ids(result));
    }

    private static string BlankLab() => Boots.OneTarget().Replace("size: 8MiB", "size: 8MiB, content: blank", StringComparison.Ordinal);
}
