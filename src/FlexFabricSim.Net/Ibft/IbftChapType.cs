namespace FlexFabricSim.Net.Ibft;

/// <summary>The target structure's CHAP type (iBFT §3.7); values are wire values.</summary>
public enum IbftChapType : byte
{
    /// <summary>No authentication.</summary>
    None = 0,

    /// <summary>One-way CHAP: the target authenticates the initiator.</summary>
    OneWay = 1,

    /// <summary>Mutual CHAP: the initiator also authenticates the target.</summary>
    Mutual = 2,
}
