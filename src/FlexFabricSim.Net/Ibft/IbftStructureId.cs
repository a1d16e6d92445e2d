namespace FlexFabricSim.Net.Ibft;

/// <summary>Structure ids of the iBFT standard structure header (iBFT §3.4.1); values are wire values.</summary>
public enum IbftStructureId : byte
{
    /// <summary>Reserved.</summary>
    Reserved = 0,

    /// <summary>Control structure.</summary>
    Control = 1,

    /// <summary>Initiator structure.</summary>
    Initiator = 2,

    /// <summary>NIC structure.</summary>
    Nic = 3,

    /// <summary>Target structure.</summary>
    Target = 4,

    /// <summary>Extensions structure.</summary>
    Extensions = 5,
}
