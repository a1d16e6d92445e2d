namespace FlexFabricSim.Net.Tcp;

/// <summary>Modulo-2^32 comparisons of TCP sequence numbers (RFC 9293 §3.4).</summary>
internal static class SequenceNumbers
{
    public static bool Lt(uint a, uint b) => (int)(a - b) < 0;

    public static bool Le(uint a, uint b) => (int)(a - b) <= 0;

    public static bool Gt(uint a, uint b) => (int)(a - b) > 0;

    public static bool Ge(uint a, uint b) => (int)(a - b) >= 0;

    public static uint Max(uint a, uint b) => Gt(a, b) ? a : b;

    /// <summary>Whether <paramref name="value"/> lies in [<paramref name="start"/>, <paramref name="start"/> + <paramref name="length"/>).</summary>
    public static bool InWindow(uint value, uint start, long length) => length > 0 && (uint)(value - start) < length;
}
