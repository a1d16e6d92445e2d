namespace FlexFabricSim.Net.Chap;

/// <summary>CHAP digest algorithms by their PPP numbers (RFC 1994 §4.1, as CHAP_A carries them, RFC 7143 §12.1.3).</summary>
public enum ChapAlgorithm : byte
{
    /// <summary>MD5: the only one RFC 7143 requires and the only one this card's ROM speaks.</summary>
    Md5 = 5,
}
