namespace FlexFabricSim.Boot.Lab;

/// <summary>How a lab DHCP server reacts to a client.</summary>
public enum LabServerBehaviour
{
    /// <summary>Answers at once.</summary>
    Answer,

    /// <summary>Never answers.</summary>
    Silent,

    /// <summary>Answers after the configured delay.</summary>
    Late,
}
