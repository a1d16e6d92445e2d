namespace FlexFabricSim.Net.Tests.Codecs;

/// <summary>Hex strings for test vectors ("45 00 00 3c", spaces and newlines ignored).</summary>
internal static class Hex
{
    public static byte[] Parse(string text) =>
        Convert.FromHexString(string.Concat(text.Where(c => !char.IsWhiteSpace(c))));

    public static string Format(ReadOnlySpan<byte> bytes) => Convert.ToHexString(bytes).ToLowerInvariant();
}
