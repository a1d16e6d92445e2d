namespace FlexFabricSim.Net.Chap;

/// <summary>A CHAP challenge: identifier and challenge bytes (CHAP_I and CHAP_C, RFC 1994 §4.1).</summary>
public sealed record ChapChallenge(byte Identifier, byte[] Value);
