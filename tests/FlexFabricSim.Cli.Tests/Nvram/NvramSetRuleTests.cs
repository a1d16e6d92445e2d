using FlexFabricSim.Device.Images;
using FlexFabricSim.Device.Rules;

namespace FlexFabricSim.Cli.Tests.Nvram;

/// <summary>
/// One case per rule through <c>flexfabric nvram set</c>: a violating value exits 2, names the rule (and guide page) on
/// stderr, and leaves the file byte-identical.
/// </summary>
public class NvramSetRuleTests
{
    /// <summary>A rule case: setup assignments (accepted), then the violating one, at a port and function.</summary>
    public sealed record Case(RuleId Rule, string Violation, string[] Setup, int Port = 0, int Function = 0, bool NoIscsiFirmware = false,
        string Model = "534M")
    {
        public override string ToString() => $"{Rule}: {Violation}";
    }

    private static readonly string[] Npar = ["adapter.multi-function-mode=multi-function"];

    private static readonly Case[] AllCases =
    [
        new(RuleId.UnknownKey, "iscsi.target1.boot-lnu=1", []),
        new(RuleId.AddressOutOfRange, "mba.boot-protocol=iscsi", [], Port: 2),
        new(RuleId.FunctionNotAddressable, "mba.boot-protocol=iscsi", [], Function: 1),
        new(RuleId.ReadOnlyField, "mac.ethernet=00:11:22:33:44:66", []),
        new(RuleId.IscsiBootFirmwareAbsent, "iscsi.general.chap-authentication=enabled", [], NoIscsiFirmware: true),
        new(RuleId.MultiFunctionModeRequired, "npar.iscsi-offload=enabled", []),
        new(RuleId.HbaBootModeLockedInMultiFunction, "iscsi.general.hba-boot-mode=enabled", Npar),
        new(RuleId.VlanIdReadOnlyWhileVlanDisabled, "mba.vlan-id=100", []),
        new(RuleId.TcpIpViaDhcpIsIpv4Only, "iscsi.general.tcpip-via-dhcp=disabled", ["iscsi.general.ip-version=ipv6"]),
        new(RuleId.IpAutoconfigurationIsIpv6Only, "iscsi.general.ip-autoconfiguration=disabled", []),
        new(RuleId.NotAChoice, "mba.boot-protocol=tftp", []),
        new(RuleId.NotAnInteger, "iscsi.target1.boot-lun=one", []),
        new(RuleId.OutOfRange, "iscsi.target1.boot-lun=256", []),
        new(RuleId.OutOfRange, "iscsi.target2.tcp-port=0", []),
        new(RuleId.OutOfRange, "iscsi.general.link-up-delay=256", []),
        new(RuleId.OutOfRange, "iscsi.general.lun-busy-retry-count=61", []),
        new(RuleId.OutOfRange, "mba.banner-message-timeout=15", []),
        new(RuleId.OutOfRange, "mba.vlan-id=4095", ["mba.vlan-mode=enabled"]),
        new(RuleId.TooLong, "iscsi.general.dhcp-vendor-id=" + new string('V', 33), []),
        new(RuleId.TooLong, "iscsi.initiator.chap-id=" + new string('c', 129), []),
        new(RuleId.InvalidCharacters, "iscsi.initiator.chap-secret=secret\tsecret!", []),
        new(RuleId.ChapSecretLength, "iscsi.initiator.chap-secret=elevenchars", []),
        new(RuleId.ChapSecretLength, "iscsi.target1.chap-secret=seventeen-chars-x", []),
        new(RuleId.InvalidIpAddress, "iscsi.initiator.ip-address=192.0.2.256", []),
        new(RuleId.InvalidIpAddress, "iscsi.target1.ip-address=192.0.2.20", ["iscsi.general.ip-version=ipv6"]),
        new(RuleId.InvalidSubnetMask, "iscsi.initiator.subnet-mask=255.0.255.0", []),
        new(RuleId.InvalidSubnetMask, "iscsi.initiator.subnet-mask=129", ["iscsi.general.ip-version=ipv6"]),
        new(RuleId.InvalidMacAddress, "iscsi.secondary.device-mac=00:11:22", []),
        new(RuleId.InvalidIscsiName, "iscsi.initiator.iscsi-name=server1", []),
        new(RuleId.InvalidIscsiName, "iscsi.target1.iscsi-name=iqn.2001-13.com.example:disk", []),
        new(RuleId.TargetAsFirstHddUnsupported, "iscsi.general.target-as-first-hdd=enabled", []),
        new(RuleId.LinkSpeedNotSupportedByMedia, "mba.link-speed=1gbps", [], Model: "534FLR-SFP+"),
        new(RuleId.LinkSpeedNotSupportedByMedia, "mba.link-speed=autoneg", [], Model: "CN1100R"),
    ];

    public static TheoryData<Case> Cases => new(AllCases);

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_refused_change_exits_2_names_the_rule_and_leaves_the_file_byte_identical(Case rule)
    {
        using var folder = new TempFolder();
        var file = folder.File("card.ffimg");
        string[] create = ["nvram", "new", "--model", rule.Model, "--mac", "00:17:A4:77:00:10", "--out", file];
        CliRunner.Succeeds(rule.NoIscsiFirmware ? [.. create, "--no-iscsi-firmware"] : create);
        if (rule.Setup.Length > 0)
        {
            CliRunner.Succeeds(["nvram", "set", file, "--port", "0", .. rule.Setup]);
        }
        var before = File.ReadAllBytes(file);

        // An acceptable change goes first (where the address exists), to show that a refusal undoes it too.
        string[] assignments = rule.Port == 0 && rule.Function == 0 ? ["mba.hide-setup-prompt=enabled", rule.Violation] : [rule.Violation];
        var result = CliRunner.Run(["nvram", "set", file, "--port", $"{rule.Port}", "--function", $"{rule.Function}", .. assignments]);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"rule: {rule.Rule}", result.Error);
        Assert.Contains("refused " + rule.Violation, result.Error);
        Assert.Contains("Nothing was changed.", result.Error);
        Assert.Empty(result.Output);
        Assert.Equal(before, File.ReadAllBytes(file));
        Assert.Equal(["card.ffimg"], Directory.GetFiles(folder.Path).Select(Path.GetFileName));
    }

    [Fact]
    public void Every_rule_has_a_CLI_case()
    {
        var covered = AllCases.Select(c => c.Rule).ToHashSet();
        Assert.Equal(Enum.GetValues<RuleId>().Order(), covered.Order());
    }

    [Fact]
    public void HBA_boot_mode_cannot_change_in_Multi_Function_mode_on_any_function()
    {
        using var folder = new TempFolder();
        var file = folder.File("npar.ffimg");
        CliRunner.Succeeds("nvram", "new", "--model", "534FLB", "--mac", "00:17:A4:77:00:30", "--out", file);
        CliRunner.Succeeds("nvram", "set", file, "--port", "0", "iscsi.general.hba-boot-mode=enabled",
            "adapter.multi-function-mode=multi-function");
        var before = File.ReadAllBytes(file);
        foreach (var (port, function, value) in new[] { (0, 0, "disabled"), (1, 3, "enabled"), (0, 0, "enabled") })
        {
            var result = CliRunner.Run("nvram", "set", file, "--port", $"{port}", "--function", $"{function}",
                $"iscsi.general.hba-boot-mode={value}");
            Assert.Equal(2, result.ExitCode);
            Assert.Contains("cannot be changed while the adapter is in Multi-Function mode", result.Error);
            Assert.Contains("guide p.6", result.Error);
        }
        Assert.Equal(before, File.ReadAllBytes(file));
        Assert.True(FirmwareImage.Read(file).GetGeneral(new(0, 0)).HbaBootMode);
    }
}
