using System.Collections.Frozen;
using System.Globalization;

namespace FlexFabricSim.Net.Iscsi.Login;

/// <summary>Names, defaults and result functions of the standard login and text keys (RFC 7143 §12-§13, RFC 7144).</summary>
public static class IscsiKeys
{
    /// <summary>AuthMethod (§12.1).</summary>
    public const string AuthMethod = "AuthMethod";

    /// <summary>CHAP_A: algorithm list (§12.1.3).</summary>
    public const string ChapA = "CHAP_A";

    /// <summary>CHAP_I: identifier.</summary>
    public const string ChapI = "CHAP_I";

    /// <summary>CHAP_C: challenge.</summary>
    public const string ChapC = "CHAP_C";

    /// <summary>CHAP_N: name.</summary>
    public const string ChapN = "CHAP_N";

    /// <summary>CHAP_R: response.</summary>
    public const string ChapR = "CHAP_R";

    /// <summary>HeaderDigest (§13.1).</summary>
    public const string HeaderDigest = "HeaderDigest";

    /// <summary>DataDigest (§13.1).</summary>
    public const string DataDigest = "DataDigest";

    /// <summary>MaxConnections (§13.2).</summary>
    public const string MaxConnections = "MaxConnections";

    /// <summary>SendTargets (§13.3).</summary>
    public const string SendTargets = "SendTargets";

    /// <summary>TargetName (§13.4).</summary>
    public const string TargetName = "TargetName";

    /// <summary>InitiatorName (§13.5).</summary>
    public const string InitiatorName = "InitiatorName";

    /// <summary>TargetAlias (§13.6).</summary>
    public const string TargetAlias = "TargetAlias";

    /// <summary>InitiatorAlias (§13.7).</summary>
    public const string InitiatorAlias = "InitiatorAlias";

    /// <summary>TargetAddress (§13.8).</summary>
    public const string TargetAddress = "TargetAddress";

    /// <summary>TargetPortalGroupTag (§13.9).</summary>
    public const string TargetPortalGroupTag = "TargetPortalGroupTag";

    /// <summary>InitialR2T (§13.10).</summary>
    public const string InitialR2T = "InitialR2T";

    /// <summary>ImmediateData (§13.11).</summary>
    public const string ImmediateData = "ImmediateData";

    /// <summary>MaxRecvDataSegmentLength (§13.12).</summary>
    public const string MaxRecvDataSegmentLength = "MaxRecvDataSegmentLength";

    /// <summary>MaxBurstLength (§13.13).</summary>
    public const string MaxBurstLength = "MaxBurstLength";

    /// <summary>FirstBurstLength (§13.14).</summary>
    public const string FirstBurstLength = "FirstBurstLength";

    /// <summary>DefaultTime2Wait (§13.15).</summary>
    public const string DefaultTime2Wait = "DefaultTime2Wait";

    /// <summary>DefaultTime2Retain (§13.16).</summary>
    public const string DefaultTime2Retain = "DefaultTime2Retain";

    /// <summary>MaxOutstandingR2T (§13.17).</summary>
    public const string MaxOutstandingR2T = "MaxOutstandingR2T";

    /// <summary>DataPDUInOrder (§13.18).</summary>
    public const string DataPduInOrder = "DataPDUInOrder";

    /// <summary>DataSequenceInOrder (§13.19).</summary>
    public const string DataSequenceInOrder = "DataSequenceInOrder";

    /// <summary>ErrorRecoveryLevel (§13.20).</summary>
    public const string ErrorRecoveryLevel = "ErrorRecoveryLevel";

    /// <summary>SessionType (§13.21).</summary>
    public const string SessionType = "SessionType";

    /// <summary>TaskReporting (§13.23).</summary>
    public const string TaskReporting = "TaskReporting";

    /// <summary>iSCSIProtocolLevel (RFC 7144 §2.1).</summary>
    public const string ProtocolLevel = "iSCSIProtocolLevel";

    /// <summary>IFMarker: obsolete in RFC 7143 (§13.25, RFC 3720 App. A) but still sent by many initiators.</summary>
    public const string IFMarker = "IFMarker";

    /// <summary>OFMarker: obsolete, as <see cref="IFMarker"/>.</summary>
    public const string OFMarker = "OFMarker";

    /// <summary>Largest 24-bit length value (2^24 - 1).</summary>
    public const long MaxLength = 16_777_215;

    /// <summary>Every key the simulator understands, by name.</summary>
    public static FrozenDictionary<string, IscsiKeyDefinition> Table { get; } = new IscsiKeyDefinition[]
    {
        new(AuthMethod, IscsiKeyKind.List, "None") { Values = ["None", "CHAP", "KRB5", "SRP", "SPKM1", "SPKM2"], IsSecurity = true },
        new(HeaderDigest, IscsiKeyKind.List, "None") { Values = ["None", "CRC32C"] },
        new(DataDigest, IscsiKeyKind.List, "None") { Values = ["None", "CRC32C"] },
        new(MaxConnections, IscsiKeyKind.NumberMin, "1") { Min = 1, Max = 65535 },
        new(SendTargets, IscsiKeyKind.Declarative, "All"),
        new(TargetName, IscsiKeyKind.Declarative, ""),
        new(InitiatorName, IscsiKeyKind.Declarative, ""),
        new(TargetAlias, IscsiKeyKind.Declarative, ""),
        new(InitiatorAlias, IscsiKeyKind.Declarative, ""),
        new(TargetAddress, IscsiKeyKind.Declarative, ""),
        new(TargetPortalGroupTag, IscsiKeyKind.Declarative, "1") { Min = 0, Max = 65535 },
        new(InitialR2T, IscsiKeyKind.BooleanOr, "Yes"),
        new(ImmediateData, IscsiKeyKind.BooleanAnd, "Yes"),
        new(MaxRecvDataSegmentLength, IscsiKeyKind.Declarative, "8192") { Min = 512, Max = MaxLength },
        new(MaxBurstLength, IscsiKeyKind.NumberMin, "262144") { Min = 512, Max = MaxLength },
        new(FirstBurstLength, IscsiKeyKind.NumberMin, "65536") { Min = 512, Max = MaxLength },
        new(DefaultTime2Wait, IscsiKeyKind.NumberMax, "2") { Min = 0, Max = 3600 },
        new(DefaultTime2Retain, IscsiKeyKind.NumberMin, "20") { Min = 0, Max = 3600 },
        new(MaxOutstandingR2T, IscsiKeyKind.NumberMin, "1") { Min = 1, Max = 65535 },
        new(DataPduInOrder, IscsiKeyKind.BooleanOr, "Yes"),
        new(DataSequenceInOrder, IscsiKeyKind.BooleanOr, "Yes"),
        new(ErrorRecoveryLevel, IscsiKeyKind.NumberMin, "0") { Min = 0, Max = 2 },
        new(SessionType, IscsiKeyKind.Declarative, "Normal"),
        new(TaskReporting, IscsiKeyKind.List, "RFC3720") { Values = ["RFC3720", "ResponseFence", "FastAbort"] },
        new(ProtocolLevel, IscsiKeyKind.NumberMin, "1") { Min = 0, Max = 31 },
        new(IFMarker, IscsiKeyKind.BooleanAnd, "No"),
        new(OFMarker, IscsiKeyKind.BooleanAnd, "No"),
    }.ToFrozenDictionary(d => d.Name, StringComparer.Ordinal);

    /// <summary>Parses a numeric value: decimal, or <c>0x</c> hexadecimal (§6.1.4-5).</summary>
    public static bool TryParseNumber(string value, out long number)
    {
        if (value.StartsWith("0x", StringComparison.OrdinalIgnoreCase))
        {
            return long.TryParse(value.AsSpan(2), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out number) && number >= 0;
        }
        return long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out number);
    }

    /// <summary>Formats a number the way every peer writes it: decimal.</summary>
    public static string FormatNumber(long value) => value.ToString(CultureInfo.InvariantCulture);
}
