namespace FlexFabricSim.Device.Images;

/// <summary>Why a file was refused as a firmware image.</summary>
public enum FirmwareImageReason
{
    /// <summary>Not a FlexFabricSim image at all (too short for the magic, or wrong magic).</summary>
    NotAFirmwareImage,

    /// <summary>An image, but damaged: truncated, wrong length, CRC mismatch, undecodable payload, or values the card's rules
    /// refuse.</summary>
    Corrupt,

    /// <summary>Written by a newer FlexFabricSim: a format version this one does not read, or fields it does not know.</summary>
    NewerFormat,

    /// <summary>A valid image of another adapter model than the one expected.</summary>
    WrongModel,
}
