namespace FlexFabricSim.Net.Tcp;

/// <summary>The TCP timestamps option (RFC 7323 §3.2): the sender's clock value and the echo of the peer's latest one.</summary>
/// <param name="Value">TSval: the sender's timestamp clock.</param>
/// <param name="EchoReply">TSecr: the most recent TSval received from the peer (0 in a SYN).</param>
public readonly record struct TcpTimestamps(uint Value, uint EchoReply);
