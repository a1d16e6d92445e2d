namespace FlexFabricSim.Net.Iscsi;

/// <summary>Byte 1 and ISID helpers shared by Login Request and Login Response (RFC 7143 §11.12.1-3).</summary>
internal static class IscsiLoginStages
{
    /// <summary>Reads a stage code; 2 is reserved and rejected.</summary>
    public static IscsiLoginStage Read(ReadOnlySpan<byte> bhs, int code)
    {
        if (code == 2)
        {
            IscsiFormatException.Reject(IscsiFormatReason.InvalidField, 1, bhs[..4], "login stage 2 is reserved (RFC 7143 §11.12.3)");
        }
        return (IscsiLoginStage)code;
    }

    /// <summary>Builds byte 1: T, C, CSG, NSG.</summary>
    public static byte Flags(bool transit, bool @continue, IscsiLoginStage current, IscsiLoginStage next) =>
        (byte)((transit ? IscsiBhs.FinalBit : 0) | (@continue ? IscsiBhs.ContinueBit : 0) | (((int)current & 3) << 2) | ((int)next & 3));

    /// <summary>Writes the 6-byte ISID at offset 8.</summary>
    public static void WriteIsid(Span<byte> bhs, ulong isid)
    {
        for (var i = 0; i < 6; i++)
        {
            bhs[8 + i] = (byte)(isid >> (8 * (5 - i)));
        }
    }
}
