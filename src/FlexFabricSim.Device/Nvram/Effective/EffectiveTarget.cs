using System.Net;

namespace FlexFabricSim.Device.Nvram;

/// <summary>A target the ROM will log in to, taken from its screen (static configuration with Connect enabled).</summary>
/// <param name="Number">1 or 2.</param>
/// <param name="Address">Portal address.</param>
/// <param name="TcpPort">Portal TCP port.</param>
/// <param name="BootLun">LUN to boot.</param>
/// <param name="IscsiName">Target name (empty if unset: a login will fail).</param>
/// <param name="Chap">Authentication for this target.</param>
public sealed record EffectiveTarget(int Number, IPAddress Address, int TcpPort, int BootLun, string IscsiName, TargetChap Chap);
