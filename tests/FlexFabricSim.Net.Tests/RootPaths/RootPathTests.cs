using System.Net;
using FlexFabricSim.Net.Errors;
using FlexFabricSim.Net.RootPaths;
using FlexFabricSim.Net.Scsi;

namespace FlexFabricSim.Net.Tests.RootPaths;

/// <summary>RFC 4173 root paths: parsing, defaults, formatting, and errors that name the wrong field.</summary>
public sealed class RootPathTests
{
    [Theory]
    [MemberData(nameof(RootPathTestData.Valid), MemberType = typeof(RootPathTestData))]
    public void Parses_valid_root_paths(string text, string server, int port, string samLun, string targetName)
    {
        var rootPath = RootPath.Parse(text);

        Assert.Equal(server, rootPath.Server);
        Assert.Equal(RootPath.TcpProtocol, rootPath.Protocol);
        Assert.Equal(port, rootPath.Port);
        Assert.Equal(samLun, RootPathLun.FormatSam(rootPath.Lun));
        Assert.Equal(targetName, rootPath.TargetName);
    }

    [Theory]
    [MemberData(nameof(RootPathTestData.Valid), MemberType = typeof(RootPathTestData))]
    public void Canonical_text_parses_back_to_the_same_value(string text, string server, int port, string samLun, string targetName)
    {
        _ = (server, port, samLun, targetName);
        var rootPath = RootPath.Parse(text);

        var again = RootPath.Parse(rootPath.ToString());

        Assert.Equal(rootPath, again);
        Assert.Equal(rootPath.ToString(), again.ToString());
    }

    [Theory]
    [MemberData(nameof(RootPathTestData.Invalid), MemberType = typeof(RootPathTestData))]
    public void Rejects_invalid_root_paths_naming_the_field(string text, RootPathField field, RootPathFormatReason reason)
    {
        var error = Assert.Throws<RootPathFormatException>(() => RootPath.Parse(text));

        Assert.Equal(field, error.Field);
        Assert.Equal(reason, error.Reason);
        Assert.Equal(text, error.RootPath);
        Assert.Contains(RootPathFormatException.FieldLabel(field), error.Message, StringComparison.Ordinal);
        Assert.False(RootPath.TryParse(text, out var none));
        Assert.Null(none);
    }

    [Fact]
    public void Empty_fields_take_the_rfc_4173_defaults()
    {
        var rootPath = RootPath.Parse("iscsi:192.0.2.1::::iqn.2003-01.org.example:t");

        Assert.Equal(6, rootPath.Protocol);
        Assert.Equal(3260, rootPath.Port);
        Assert.Equal(ScsiLun.Zero, rootPath.Lun);
    }

    [Fact]
    public void A_lun_written_in_decimal_by_mistake_is_read_as_hex()
    {
        // SPEC: "64" typed for LUN 64 is LUN 100, a classic field error.
        var rootPath = RootPath.Parse("iscsi:192.0.2.1::3260:64:iqn.2003-01.org.example:t");

        Assert.Equal(100, rootPath.LunNumber);
    }

    [Fact]
    public void Ipv6_servers_are_formatted_in_brackets_and_give_an_address()
    {
        var rootPath = RootPath.Parse("iscsi:[2001:db8::1]::3260:40:iqn.2003-01.org.example:disk1");

        Assert.Equal(IPAddress.Parse("2001:db8::1"), rootPath.ServerAddress);
        Assert.Equal("iscsi:[2001:db8::1]:6:3260:40:iqn.2003-01.org.example:disk1", rootPath.ToString());
    }

    [Fact]
    public void A_dns_name_has_no_server_address()
    {
        var rootPath = RootPath.Parse("iscsi:san.example.com::::iqn.2003-01.org.example:t");

        Assert.Null(rootPath.ServerAddress);
        Assert.Equal("iscsi:san.example.com:6:3260:0:iqn.2003-01.org.example:t", rootPath.ToString());
    }

    [Fact]
    public void Target_names_keep_their_own_colons()
    {
        var rootPath = RootPath.Parse("iscsi:192.0.2.1::::iqn.2003-01.org.example:storage:disk:7");

        Assert.Equal("iqn.2003-01.org.example:storage:disk:7", rootPath.TargetName);
    }

    [Theory]
    [InlineData("iscsi:2001:db8::1::3260:0:iqn.2003-01.org.example:t")]
    [InlineData("iscsi:fe80::1::3260:0:iqn.2003-01.org.example:t")]
    public void An_unbracketed_ipv6_server_gets_a_hint(string text)
    {
        var error = Assert.Throws<RootPathFormatException>(() => RootPath.Parse(text));

        Assert.Contains("brackets", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Errors_point_at_the_start_of_the_bad_field()
    {
        const string text = "iscsi:192.0.2.1:6:3260:zz:iqn.2003-01.org.example:t";

        var error = Assert.Throws<RootPathFormatException>(() => RootPath.Parse(text));

        Assert.Equal(text.IndexOf("zz", StringComparison.Ordinal), error.Offset);
    }

    [Fact]
    public void Parse_rejects_null_as_caller_misuse()
    {
        Assert.Throws<ArgumentNullException>(() => RootPath.Parse(null!));
        Assert.False(RootPath.TryParse(null, out _));
    }
}
