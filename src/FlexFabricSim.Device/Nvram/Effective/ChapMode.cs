namespace FlexFabricSim.Device.Nvram;

/// <summary>How the initiator authenticates a login (G p.9; RFC 7143 §12.1.3).</summary>
public enum ChapMode
{
    /// <summary>No authentication (CHAP Authentication disabled).</summary>
    None,

    /// <summary>The initiator proves its secret to the target.</summary>
    OneWay,

    /// <summary>Both prove a secret: the target's CHAP ID and secret are set on the target screen.</summary>
    Mutual,
}
