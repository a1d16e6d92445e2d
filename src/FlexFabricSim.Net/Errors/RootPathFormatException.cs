using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;

namespace FlexFabricSim.Net.Errors;

/// <summary>Thrown for a malformed iSCSI root path (DHCPv4 option 17, or sub-options 201/202 in option 43 / DHCPv6 option 17).</summary>
/// <remarks>
/// <see cref="WireFormatException.Offset"/> is the character position in the root path where the bad field starts; the text itself
/// is <see cref="RootPath"/> (no hex detail: it is text, and a person reads it).
/// </remarks>
public sealed class RootPathFormatException : WireFormatException<RootPathFormatReason>
{
    /// <summary>Creates the exception for <paramref name="field"/> and <paramref name="reason"/> at character <paramref name="offset"/> of
    /// <paramref name="rootPath"/>.</summary>
    public RootPathFormatException(RootPathField field, RootPathFormatReason reason, int offset, string rootPath, string explanation)
        : base("root path", reason, offset, ReadOnlySpan<byte>.Empty, $"{FieldLabel(field)}: {explanation}")
    {
        Field = field;
        RootPath = rootPath;
        Problem = $"{FieldLabel(field)}: {explanation}";
    }

    /// <summary>Which field of the root path is wrong.</summary>
    public RootPathField Field { get; }

    /// <summary>The whole root path as received.</summary>
    public string RootPath { get; }

    /// <summary>What is wrong, in words for a person: the field and why (<c>&lt;LUN&gt;: level 'LUN1' is not hexadecimal …</c>).</summary>
    public string Problem { get; }

    /// <summary>The field's name as RFC 4173 and the HP guide write it (G p.9-10).</summary>
    public static string FieldLabel(RootPathField field) => field switch
    {
        RootPathField.Scheme => "\"iscsi:\" prefix",
        RootPathField.Server => "<servername>",
        RootPathField.Protocol => "<protocol>",
        RootPathField.Port => "<port>",
        RootPathField.Lun => "<LUN>",
        RootPathField.TargetName => "<targetname>",
        _ => field.ToString(),
    };

    /// <summary>Throws a new <see cref="RootPathFormatException"/>; the single throw site of the root path parser.</summary>
    [DoesNotReturn]
    [StackTraceHidden]
    internal static void Reject(RootPathField field, RootPathFormatReason reason, int offset, string rootPath, string explanation) =>
        throw new RootPathFormatException(field, reason, offset, rootPath, explanation);
}
