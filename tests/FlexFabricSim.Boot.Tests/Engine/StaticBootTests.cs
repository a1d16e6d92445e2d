using FlexFabricSim.Boot.Engine;
using FlexFabricSim.Boot.Events;
using FlexFabricSim.Boot.Tests.Support;
using FlexFabricSim.Device.Nvram;

namespace FlexFabricSim.Boot.Tests.Engine;

/// <summary>Static IPv4 boots in the lab, through the public engine API.</summary>
public sealed class StaticBootTests
{
    [Fact]
    public void StaticIpv4BootsAndHandsOff()
    {
        var result = Boots.Run(Configs.Iscsi(Configs.StaticIpv4()), Boots.OneTarget());
        Assert.True(result.Succeeded, result.Reason);
        Assert.Equal(BootOutcome.HandedOff, result.Outcome);
        Assert.Contains(BootEventId.Engine(EngineCode.StaticAddress), Boots.Ids(result));
        Assert.Contains(BootEventId.Engine(EngineCode.LoginSucceeded), Boots.Ids(result));
        Assert.Contains(BootEventId.Engine(EngineCode.LunAttached), Boots.Ids(result));
        Assert.Contains(BootEventId.Engine(EngineCode.IbftPublished), Boots.Ids(result));
        Assert.NotNull(result.Ibft);
        Assert.NotEmpty(result.Pcapng);
        Assert.Contains(result.Console, l => l.Text.Contains("Login successful"));
    }
}
