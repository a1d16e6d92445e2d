namespace FlexFabricSim.Boot.Engine;

/// <summary>Where the simulated adapter's port is cabled.</summary>
public enum BootNetwork
{
    /// <summary>The simulated lab of <see cref="BootRequest.Lab"/>, on a virtual clock: deterministic, and fast.</summary>
    Lab,

    /// <summary>A real Linux interface (AF_PACKET): the host's network and whatever targets the NVRAM names, in real time.</summary>
    Real,
}
