using FlexFabricSim.Net.Errors;

namespace FlexFabricSim.Net.IPv6;

/// <summary>Walks the IPv6 extension header chain (RFC 8200 §4) to the upper-layer header.</summary>
/// <remarks>
/// Hop-by-Hop and Destination Options are skipped (their options are only ever "skip if unknown" for a host that is not a
/// router, which is what kernels send with MLD reports). A Routing header with segments left, or any Fragment header, is
/// refused: the pre-boot stack neither forwards nor reassembles.
/// </remarks>
public static class IPv6ExtensionHeaders
{
    /// <summary>Most extension headers walked before giving up (RFC 8200 recommends a small fixed order).</summary>
    public const int MaximumHeaders = 8;

    /// <summary>Skips extension headers at the start of <paramref name="payload"/>.</summary>
    /// <param name="payload">The IPv6 payload.</param>
    /// <param name="nextHeader">The fixed header's next-header value.</param>
    /// <param name="upperLayerOffset">Where the upper-layer message starts within <paramref name="payload"/>.</param>
    /// <returns>The upper-layer protocol.</returns>
    /// <exception cref="IPv6FormatException">A header runs past the payload, is a fragment, or cannot be skipped.</exception>
    public static IPProtocol Skip(ReadOnlySpan<byte> payload, IPProtocol nextHeader, out int upperLayerOffset)
    {
        upperLayerOffset = 0;
        for (var count = 0; ; count++)
        {
            switch (nextHeader)
            {
                case IPProtocol.HopByHopOptions or IPProtocol.DestinationOptions or IPProtocol.Routing:
                    if (count == MaximumHeaders)
                    {
                        IPv6FormatException.Reject(IPv6FormatReason.TooManyExtensionHeaders, upperLayerOffset, payload);
                    }

                    if (payload.Length - upperLayerOffset < 8)
                    {
                        IPv6FormatException.Reject(IPv6FormatReason.Truncated, upperLayerOffset, payload[upperLayerOffset..]);
                    }

                    var length = (payload[upperLayerOffset + 1] + 1) * 8;
                    if (payload.Length - upperLayerOffset < length)
                    {
                        IPv6FormatException.Reject(IPv6FormatReason.Truncated, upperLayerOffset, payload[upperLayerOffset..]);
                    }

                    // RFC 8200 §4.4: a host that is the destination with segments left > 0 must not process further.
                    if (nextHeader == IPProtocol.Routing && payload[upperLayerOffset + 3] != 0)
                    {
                        IPv6FormatException.Reject(IPv6FormatReason.UnsupportedExtensionHeader, upperLayerOffset + 3,
                            payload.Slice(upperLayerOffset, length));
                    }

                    nextHeader = (IPProtocol)payload[upperLayerOffset];
                    upperLayerOffset += length;
                    break;
                case IPProtocol.Fragment:
                    IPv6FormatException.Reject(IPv6FormatReason.FragmentsUnsupported, upperLayerOffset, payload[upperLayerOffset..]);
                    break;
                default:
                    return nextHeader;
            }
        }
    }
}
