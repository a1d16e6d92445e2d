using FlexFabricSim.Net.Errors;

namespace FlexFabricSim.Net.Tests.RootPaths;

/// <summary>
/// Root path vectors: valid ones with what they mean, and invalid ones with the field and reason they must be rejected for.
/// </summary>
public static class RootPathTestData
{
    /// <summary>Valid root paths: text, server, port, LUN in SAM form, target name.</summary>
    public static TheoryData<string, string, int, string, string> Valid => new()
    {
        // What dnsmasq and Kea send in option 17 (notes/dhcp-servers.md).
        { "iscsi:192.0.2.1::3260:1:iqn.2003-01.org.example:disk1",
          "192.0.2.1", 3260, "0001-0000-0000-0000", "iqn.2003-01.org.example:disk1" },
        // G p.10: LUN 64 is written 40.
        { "iscsi:192.0.2.1:6:3260:40:iqn.1995-05.com.broadcom:iscsi-target",
          "192.0.2.1", 3260, "0040-0000-0000-0000", "iqn.1995-05.com.broadcom:iscsi-target" },
        { "iscsi:192.0.2.1:6:3260:0040:iqn.2003-01.org.example:t", "192.0.2.1", 3260, "0040-0000-0000-0000", "iqn.2003-01.org.example:t" },
        { "iscsi:192.0.2.1:6:3260:0040-0000-0000-0000:iqn.2003-01.org.example:t",
          "192.0.2.1", 3260, "0040-0000-0000-0000", "iqn.2003-01.org.example:t" },
        // RFC 4173 §5: every optional field empty.
        { "iscsi:target.example.com::::iqn.2003-01.com.example:boot",
          "target.example.com", 3260, "0000-0000-0000-0000", "iqn.2003-01.com.example:boot" },
        { "iscsi:192.0.2.9::860::eui.02004567A425678D", "192.0.2.9", 860, "0000-0000-0000-0000", "eui.02004567A425678D" },
        // RFC 4173 §5 examples of multi-level LUNs; hex digits in either case.
        { "iscsi:192.0.2.1:::4752-3A4F-6b7e-2F99:iqn.2003-01.org.example:t",
          "192.0.2.1", 3260, "4752-3A4F-6B7E-2F99", "iqn.2003-01.org.example:t" },
        { "iscsi:192.0.2.1:::4186-9:iqn.2003-01.org.example:t", "192.0.2.1", 3260, "4186-0009-0000-0000", "iqn.2003-01.org.example:t" },
        // G p.11: an IPv6 server in brackets.
        { "iscsi:[2001:db8::1]::3260:40:iqn.2003-01.org.example:disk1",
          "2001:db8::1", 3260, "0040-0000-0000-0000", "iqn.2003-01.org.example:disk1" },
        { "iscsi:[2001:DB8:0:0::0001]:6:3261:ff:naa.52004567BA64678D", "2001:db8::1", 3261, "00FF-0000-0000-0000", "naa.52004567BA64678D" },
        { "ISCSI:192.0.2.1::::iqn.2003-01.org.example:t", "192.0.2.1", 3260, "0000-0000-0000-0000", "iqn.2003-01.org.example:t" },
    };

    /// <summary>Invalid root paths: text, the field named wrong, and the reason.</summary>
    public static TheoryData<string, RootPathField, RootPathFormatReason> Invalid => new()
    {
        { "", RootPathField.Scheme, RootPathFormatReason.MissingScheme },
        { "iscsi192.0.2.1::::iqn.2003-01.org.example:t", RootPathField.Scheme, RootPathFormatReason.MissingScheme },
        { "nfs:192.0.2.1:/export", RootPathField.Scheme, RootPathFormatReason.MissingScheme },
        { "iscsi:", RootPathField.Server, RootPathFormatReason.MissingField },
        { "iscsi:::::iqn.2003-01.org.example:t", RootPathField.Server, RootPathFormatReason.EmptyField },
        { "iscsi:192.0.2.300::::iqn.2003-01.org.example:t", RootPathField.Server, RootPathFormatReason.BadServer },
        { "iscsi:192.0.2::::iqn.2003-01.org.example:t", RootPathField.Server, RootPathFormatReason.BadServer },
        { "iscsi:bad_host::::iqn.2003-01.org.example:t", RootPathField.Server, RootPathFormatReason.BadServer },
        { "iscsi:-host::::iqn.2003-01.org.example:t", RootPathField.Server, RootPathFormatReason.BadServer },
        { "iscsi:[2001:db8::1::::iqn.2003-01.org.example:t", RootPathField.Server, RootPathFormatReason.BadServer },
        { "iscsi:[192.0.2.1]::::iqn.2003-01.org.example:t", RootPathField.Server, RootPathFormatReason.BadServer },
        { "iscsi:[fe80::1%eth0]::::iqn.2003-01.org.example:t", RootPathField.Server, RootPathFormatReason.BadServer },
        { "iscsi:[2001:db8::1]x:::iqn.2003-01.org.example:t", RootPathField.Server, RootPathFormatReason.MissingField },
        { "iscsi:192.0.2.1", RootPathField.Protocol, RootPathFormatReason.MissingField },
        { "iscsi:192.0.2.1:17:3260:0:iqn.2003-01.org.example:t", RootPathField.Protocol, RootPathFormatReason.UnsupportedProtocol },
        { "iscsi:192.0.2.1:tcp:3260:0:iqn.2003-01.org.example:t", RootPathField.Protocol, RootPathFormatReason.BadNumber },
        // An IPv6 server without brackets splits at its first colon.
        { "iscsi:2001:db8::1::3260:0:iqn.2003-01.org.example:t", RootPathField.Server, RootPathFormatReason.BadServer },
        { "iscsi:fe80::1::3260:0:iqn.2003-01.org.example:t", RootPathField.TargetName, RootPathFormatReason.BadTargetName },
        { "iscsi:192.0.2.1:6", RootPathField.Port, RootPathFormatReason.MissingField },
        { "iscsi:192.0.2.1:6:0:0:iqn.2003-01.org.example:t", RootPathField.Port, RootPathFormatReason.BadNumber },
        { "iscsi:192.0.2.1:6:65536:0:iqn.2003-01.org.example:t", RootPathField.Port, RootPathFormatReason.BadNumber },
        { "iscsi:192.0.2.1:6:99999999999:0:iqn.2003-01.org.example:t", RootPathField.Port, RootPathFormatReason.BadNumber },
        { "iscsi:192.0.2.1:6:-1:0:iqn.2003-01.org.example:t", RootPathField.Port, RootPathFormatReason.BadNumber },
        { "iscsi:192.0.2.1:6:3260", RootPathField.Lun, RootPathFormatReason.MissingField },
        { "iscsi:192.0.2.1:6:3260:LUN0:iqn.2003-01.org.example:t", RootPathField.Lun, RootPathFormatReason.BadLun },
        { "iscsi:192.0.2.1:6:3260:00040:iqn.2003-01.org.example:t", RootPathField.Lun, RootPathFormatReason.BadLun },
        { "iscsi:192.0.2.1:6:3260:1-2-3-4-5:iqn.2003-01.org.example:t", RootPathField.Lun, RootPathFormatReason.BadLun },
        { "iscsi:192.0.2.1:6:3260:1--2:iqn.2003-01.org.example:t", RootPathField.Lun, RootPathFormatReason.BadLun },
        { "iscsi:192.0.2.1:6:3260:+4:iqn.2003-01.org.example:t", RootPathField.Lun, RootPathFormatReason.BadLun },
        { "iscsi:192.0.2.1:6:3260:0:", RootPathField.TargetName, RootPathFormatReason.EmptyField },
        { "iscsi:192.0.2.1:6:3260:0:disk1", RootPathField.TargetName, RootPathFormatReason.BadTargetName },
        { "iscsi:192.0.2.1:6:3260:0:iqn.2003-01.org.example:my disk", RootPathField.TargetName, RootPathFormatReason.BadTargetName },
        {
            "iscsi:192.0.2.1:6:3260:0:iqn.2003-01.org.example:" + new string('x', 200), RootPathField.TargetName,
            RootPathFormatReason.BadTargetName
        },
    };
}
