using System.Text.Json.Serialization;
using FlexFabricSim.Boot.Lab;
using FlexFabricSim.Boot.Os;
using FlexFabricSim.Boot.Timing;
using FlexFabricSim.Device.Nvram;

namespace FlexFabricSim.Boot.Engine;

/// <summary>
/// What to boot: an adapter image and port, the world it is cabled to, and the OS on the target. Plain data, so scenario
/// files and the CLI build it the same way.
/// </summary>
public sealed record BootRequest
{
    /// <summary>The adapter's NVRAM (an image read with <c>FirmwareImage.Read</c>, or built in memory).</summary>
    [JsonIgnore]
    public required AdapterConfiguration Configuration { get; init; }

    /// <summary>The port (and function, in Multi-Function mode) that boots.</summary>
    public NvramAddress At { get; init; } = NvramAddress.OfPort(0);

    /// <summary>Lab or real network.</summary>
    public BootNetwork Network { get; init; } = BootNetwork.Lab;

    /// <summary>The simulated world; required for <see cref="BootNetwork.Lab"/>.</summary>
    public LabDefinition? Lab { get; init; }

    /// <summary>The Linux interface to use with <see cref="BootNetwork.Real"/> (e.g. a veth end).</summary>
    public string? Interface { get; init; }

    /// <summary>The OS profile key (<see cref="OsProfiles"/>); null ends the boot at the ROM's hand-off.</summary>
    public string? Os { get; init; }

    /// <summary>The installed OS's state (drivers, registry, initrd...).</summary>
    public OsInputs OsInputs { get; init; } = OsInputs.Prepared;

    /// <summary>Run the lab at wall-clock speed, so waits and countdowns take their real time.</summary>
    public bool Realtime { get; init; }

    /// <summary>Simulated time after which a boot that is still retrying is ended (<c>ffs-190</c>).</summary>
    public TimeSpan TimeLimit { get; init; } = TimeSpan.FromHours(1);

    /// <summary>Record every frame (pcapng and ladder); a boot storm turns it off to save memory.</summary>
    public bool Capture { get; init; } = true;

    /// <summary>The waits and retry values not set by the NVRAM.</summary>
    public BootTimings Timings { get; init; } = BootTimings.Default;
}
