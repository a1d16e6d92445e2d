namespace FlexFabricSim.Boot.Lab;

/// <summary>A login status to reject with: class and detail (RFC 7143 §11.13.5; class 2 detail 1 = authentication failure).</summary>
public sealed record LabLoginReject(byte StatusClass, byte StatusDetail);
