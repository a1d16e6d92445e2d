using System.Diagnostics;
using System.Globalization;
using System.Net;
using FlexFabricSim.Boot.Engine;
using FlexFabricSim.Boot.Lab;
using FlexFabricSim.Device.Catalog;
using FlexFabricSim.Device.Nvram;
using FlexFabricSim.Device.Rules;

// N simulated adapters boot at once against one fake target in one process, on the lab's virtual clock. Prints the wall
// time of the storm and the process's peak memory. Addresses come from 198.18.0.0/15, the benchmarking range (RFC 2544).
if (args.Length != 1 || !int.TryParse(args[0], NumberStyles.None, CultureInfo.InvariantCulture, out var count) || count is < 1 or > 16_000)
{
    Console.Error.WriteLine("usage: BootStorm N   (1-16000 adapters)");
    return 2;
}

const string TargetName = "iqn.2026-11.lab.storm:disk";
var lab = new LabDefinition
{
    Name = "boot-storm",
    Network = new LabNetworkDefinition { Ipv4PrefixLength = 15 },
    Targets =
    [
        new LabTargetDefinition
        {
            Name = TargetName,
            Address = IPAddress.Parse("198.18.0.1"),
            Luns = [new LabLunDefinition { Lun = 0, SizeBytes = 64L << 20 }],
        },
    ],
};

var prepare = Stopwatch.StartNew();
var requests = Enumerable.Range(0, count).Select(i => new BootRequest
{
    Configuration = Adapter(i),
    Capture = false,
}).ToList();
prepare.Stop();

var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
var storm = Stopwatch.StartNew();
var results = await BootEngine.RunManyAsync(lab, requests);
storm.Stop();

var booted = results.Count(r => r.Succeeded);
var virtualTime = results.Max(r => r.Elapsed);
using var self = Process.GetCurrentProcess();
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"N={count,-5} wall={storm.Elapsed.TotalSeconds:0.000} s  peak={self.PeakWorkingSet64 / (1024.0 * 1024.0):0} MB  "
    + $"booted={booted}/{count}  virtual={virtualTime.TotalSeconds:0.0} s  (images prepared in {prepare.Elapsed.TotalSeconds:0.000} s; "
    + $"{(GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore) / (1024.0 * 1024.0):0} MB allocated, GCs {GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)})"));
foreach (var failure in results.Where(r => !r.Succeeded).GroupBy(r => $"{r.FailedStage} {r.EventId}").OrderByDescending(g => g.Count()))
{
    Console.WriteLine($"  failed: {failure.Count(),5} x {failure.Key}: {failure.First().Reason}");
}
return booted == count ? 0 : 1;

// Adapter i: its own base MAC and address, the one target, no banner wait (as every card set up for quick boot).
static AdapterConfiguration Adapter(int i)
{
    var mac = MacAddress.Parse("00:17:A4:00:00:00").Add(16 * i);
    var ip = new IPAddress([198, (byte)(18 + ((i + 2) >> 16)), (byte)((i + 2) >> 8), (byte)(i + 2)]);
    (string, string)[] settings =
    [
        (FieldKeys.Mba.BootProtocol, "iscsi"),
        (FieldKeys.General.TcpIpViaDhcp, "disabled"),
        (FieldKeys.General.IscsiViaDhcp, "disabled"),
        (FieldKeys.Initiator.IpAddress, ip.ToString()),
        (FieldKeys.Initiator.SubnetMask, "255.254.0.0"),
        (FieldKeys.Target1.Connect, "enabled"),
        (FieldKeys.Target1.IpAddress, "198.18.0.1"),
        (FieldKeys.Target1.IscsiName, TargetName),
    ];
    return AdapterConfiguration.CreateFactory(AdapterModel.Hp534FlrSfp, mac).TryChangeAll(NvramAddress.OfPort(0), settings) switch
    {
        ChangeOutcome.Accepted a => a.Result,
        ChangeOutcome.Refused r => throw new InvalidOperationException(r.Violation.ToString()),
        _ => throw new InvalidOperationException("unexpected outcome"),
    };
}
