using System.Net;
using FlexFabricSim.Device.Nvram;

namespace FlexFabricSim.Boot.Flow;

/// <summary>A target the ROM will try, from its screen or from DHCP: number (1st / 2nd), portal, LUN, name and CHAP.</summary>
/// <param name="Number">1 for the 1st target (screen 1, sub-option 201, option 17), 2 for the 2nd.</param>
/// <param name="Address">The portal address.</param>
/// <param name="Port">The portal TCP port.</param>
/// <param name="Lun">The boot LUN.</param>
/// <param name="Name">The target's iSCSI name.</param>
/// <param name="Chap">How the login authenticates.</param>
/// <param name="Source">Where the parameters came from, for the log (<c>1st Target Parameters</c>, <c>DHCP option 17</c>).</param>
public sealed record BootTarget(int Number, IPAddress Address, int Port, ulong Lun, string Name, TargetChap Chap, string Source)
{
    /// <summary>The portal as an endpoint.</summary>
    public IPEndPoint Portal => new(Address, Port);
}
