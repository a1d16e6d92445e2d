namespace FlexFabricSim.Boot.Lab;

/// <summary>A CHAP name and secret (RFC 1994, RFC 7143 §12.1.3).</summary>
public sealed record LabChapAccount(string User, string Secret);
