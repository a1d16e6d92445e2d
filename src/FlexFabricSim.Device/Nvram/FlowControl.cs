namespace FlexFabricSim.Device.Nvram;

/// <summary>A port's IEEE 802.3x flow control in Multi-Function mode (B, D; labels *unverified*).</summary>
public enum FlowControl
{
    /// <summary>Negotiated.</summary>
    Auto,

    /// <summary>Send pause frames only.</summary>
    Tx,

    /// <summary>Honour received pause frames only.</summary>
    Rx,

    /// <summary>Both directions.</summary>
    TxRx,

    /// <summary>Off.</summary>
    None,
}
