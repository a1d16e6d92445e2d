using System.Security.Cryptography;

namespace FlexFabricSim.Net.Chap;

/// <summary>The CHAP MD5 computation and limits (RFC 1994 §4.1; RFC 7143 §12.1.3).</summary>
public static class Chap
{
    /// <summary>Minimum secret length without IPsec: 96 bits (RFC 7143 §12.1.3, guide G p.9).</summary>
    public const int MinimumSecretLength = 12;

    /// <summary>Length of the challenges this simulator issues (what tgtd sends; RFC 7143 allows up to 1024 bytes).</summary>
    public const int ChallengeLength = 50;

    /// <summary>Longest challenge RFC 7143 §12.1.3 allows the other side to send.</summary>
    public const int MaxChallengeLength = 1024;

    /// <summary>Length of an MD5 response.</summary>
    public const int ResponseLength = 16;

    /// <summary>MD5 over the identifier byte, the secret and the challenge (RFC 1994 §4.1).</summary>
    public static byte[] ComputeResponse(byte identifier, ReadOnlySpan<byte> secret, ReadOnlySpan<byte> challenge)
    {
        var input = new byte[1 + secret.Length + challenge.Length];
        input[0] = identifier;
        secret.CopyTo(input.AsSpan(1));
        challenge.CopyTo(input.AsSpan(1 + secret.Length));
        return MD5.HashData(input);
    }

    /// <summary>Issues a new challenge using <paramref name="fill"/> for its random bytes (the lab passes a seeded source).</summary>
    public static ChapChallenge CreateChallenge(Action<Span<byte>>? fill = null)
    {
        fill ??= RandomNumberGenerator.Fill;
        Span<byte> id = stackalloc byte[1];
        fill(id);
        var value = new byte[ChallengeLength];
        fill(value);
        return new ChapChallenge(id[0], value);
    }

    /// <summary>Whether <paramref name="response"/> answers <paramref name="challenge"/> with <paramref name="secret"/>, in constant time.</summary>
    public static bool Verify(ChapChallenge challenge, ReadOnlySpan<byte> secret, ReadOnlySpan<byte> response) =>
        CryptographicOperations.FixedTimeEquals(ComputeResponse(challenge.Identifier, secret, challenge.Value), response);
}
