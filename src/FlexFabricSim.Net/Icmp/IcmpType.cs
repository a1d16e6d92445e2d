namespace FlexFabricSim.Net.Icmp;

/// <summary>ICMPv4 message types the stack sends or recognises (RFC 792); values are wire values.</summary>
public enum IcmpType : byte
{
    /// <summary>Echo reply.</summary>
    EchoReply = 0,

    /// <summary>Destination unreachable (code 3: port unreachable).</summary>
    DestinationUnreachable = 3,

    /// <summary>Echo request ("ping").</summary>
    EchoRequest = 8,

    /// <summary>Time exceeded.</summary>
    TimeExceeded = 11,

    /// <summary>Parameter problem.</summary>
    ParameterProblem = 12,
}
