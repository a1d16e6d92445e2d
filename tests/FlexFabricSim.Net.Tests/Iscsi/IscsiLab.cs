using FlexFabricSim.Net.Chap;
using FlexFabricSim.Net.Iscsi;
using FlexFabricSim.Net.Iscsi.Initiator;
using FlexFabricSim.Net.Iscsi.Target;
using FlexFabricSim.Net.Scsi;

namespace FlexFabricSim.Net.Tests.Iscsi;

/// <summary>An in-process fake target reached over in-memory streams, one per portal, for initiator/target tests.</summary>
public sealed class IscsiLab : IDisposable
{
    public const string TargetName = "iqn.2026-11.lab.test:disk1";
    public static readonly IscsiPortal PortalA = new("192.0.2.10", 3260);
    public static readonly IscsiPortal PortalB = new("192.0.2.11", 3260);
    public static readonly ChapCredentials InitiatorChap = new("initchap", "initsecret1234");
    public static readonly ChapCredentials TargetChap = new("tgtchap", "targetsecret99");

    private readonly Dictionary<string, IscsiTarget> _targets = [];
    private readonly List<Task> _serving = [];

    public IscsiTarget Add(IscsiPortal portal, IscsiTargetOptions options, TimeProvider? time = null)
    {
        var target = new IscsiTarget(options with { Portal = portal }, time);
        _targets[$"{portal.Host}:{portal.Port}"] = target;
        return target;
    }

    public static IscsiTargetDefinition Disk(ChapCredentials? chap = null, ChapCredentials? mutual = null, params int[] luns) =>
        new(TargetName, (luns.Length == 0 ? [0] : luns).Select(n => new ScsiLogicalUnit(n, new MemoryBlockDevice(4 << 20))).ToList(), chap, mutual);

    public static IscsiTargetOptions Options(IscsiTargetDefinition definition, IscsiTargetFaults? faults = null) => new()
    {
        Targets = [definition],
        Portal = PortalA,
        Faults = faults ?? IscsiTargetFaults.None,
    };

    public static IscsiInitiatorOptions Initiator(ChapCredentials? chap = null, ChapCredentials? mutual = null) => new()
    {
        InitiatorName = "iqn.2026-11.lab.test:initiator",
        Chap = chap,
        MutualChap = mutual,
        BusyRetryDelay = TimeSpan.Zero,
    };

    /// <summary>The initiator's connect function: a fresh in-memory pipe whose far end the portal's target serves.</summary>
    public ValueTask<Stream> ConnectAsync(IscsiPortal portal, CancellationToken cancellationToken)
    {
        if (!_targets.TryGetValue($"{portal.Host}:{portal.Port}", out var target))
        {
            throw new IOException($"connection refused by {portal}");
        }
        var (initiatorEnd, targetEnd) = DuplexStream.CreatePair();
        lock (_serving)
        {
            _serving.Add(Task.Run(() => target.ServeAsync(targetEnd, CancellationToken.None), CancellationToken.None));
        }
        return ValueTask.FromResult<Stream>(initiatorEnd);
    }

    /// <summary>Waits for every served connection to end: the target must never throw.</summary>
    public void Dispose()
    {
        Task[] serving;
        lock (_serving)
        {
            serving = [.. _serving];
        }
        Assert.True(Task.WaitAll(serving, TimeSpan.FromSeconds(10)), "a target connection did not end");
        foreach (var t in _targets.Values)
        {
            t.Dispose();
        }
    }
}
