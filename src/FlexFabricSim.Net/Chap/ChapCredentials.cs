using System.Text;

namespace FlexFabricSim.Net.Chap;

/// <summary>A CHAP name and secret: the initiator's (one-way CHAP) or the target's (mutual CHAP).</summary>
public sealed record ChapCredentials(string Name, string Secret)
{
    /// <summary>The secret's bytes as CHAP hashes them (UTF-8 of the configured text).</summary>
    public byte[] SecretBytes => Encoding.UTF8.GetBytes(Secret);

    /// <summary>Whether the secret meets RFC 7143 §12.1.3's minimum of 96 bits (the guide's 12 characters, G p.9).</summary>
    public bool IsSecretLongEnough => SecretBytes.Length >= Chap.MinimumSecretLength;

    /// <summary>Parses "USER:SECRET" (the secret may itself contain ':').</summary>
    public static bool TryParse(string text, out ChapCredentials? credentials)
    {
        credentials = null;
        var colon = text.IndexOf(':');
        if (colon <= 0 || colon == text.Length - 1)
        {
            return false;
        }
        credentials = new ChapCredentials(text[..colon], text[(colon + 1)..]);
        return true;
    }

    /// <summary>The name only: secrets never appear in logs or traces.</summary>
    public override string ToString() => $"{Name}:********";
}
