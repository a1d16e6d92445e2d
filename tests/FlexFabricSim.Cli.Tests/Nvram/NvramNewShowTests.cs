using System.Text.Json;
using FlexFabricSim.Device.Images;
using FlexFabricSim.Device.Nvram;
using FlexFabricSim.Testing;

namespace FlexFabricSim.Cli.Tests.Nvram;

public class NvramNewShowTests
{
    [Fact]
    public void New_then_show_json_lists_every_SPEC_field_with_its_default_and_the_default_initiator_name()
    {
        using var folder = new TempFolder();
        var file = folder.File("x.ffimg");
        var created = CliRunner.Succeeds("nvram", "new", "--model", "534FLR-SFP+", "--mac", "00:11:22:33:44:55", "--out", file);
        Assert.Contains("534FLR-SFP+", created.Output);

        using var json = JsonDocument.Parse(CliRunner.Succeeds("nvram", "show", file, "--json").Output);
        var root = json.RootElement;
        Assert.Equal("534FLR-SFP+", root.GetProperty("model").GetProperty("key").GetString());
        var functions = root.GetProperty("functions").EnumerateArray().ToArray();
        Assert.Equal([(0, 0), (1, 0)], functions.Select(f => (f.GetProperty("port").GetInt32(), f.GetProperty("function").GetInt32())));
        var port0 = functions[0];
        Assert.Equal("iqn.1995-05.com.broadcom.00.11.22.33.44.55.iscsiboot",
            port0.GetProperty("effective").GetProperty("initiatorName").GetString());
        Assert.True(port0.GetProperty("effective").GetProperty("initiatorNameIsDefault").GetBoolean());

        var fields = port0.GetProperty("fields").EnumerateArray().ToDictionary(f => f.GetProperty("key").GetString()!);
        Assert.Equal(SpecKeys.All.Order(StringComparer.Ordinal), fields.Keys.Order(StringComparer.Ordinal));
        foreach (var (key, expected) in SpecKeys.Defaults)
        {
            Assert.Equal(expected, fields[key].GetProperty("default").GetString());
            Assert.Equal(expected, fields[key].GetProperty("value").GetString());
        }
        Assert.Equal("10gbps", fields["mba.link-speed"].GetProperty("default").GetString());
        Assert.False(fields["mba.vlan-id"].GetProperty("used").GetBoolean());
        Assert.Equal("VLAN Mode is disabled", fields["mba.vlan-id"].GetProperty("ignoredReason").GetString());
        Assert.True(fields["mba.vlan-id"].GetProperty("readOnly").GetBoolean());
        Assert.Equal(JsonValueKind.Null, fields["mac.ethernet"].GetProperty("default").ValueKind);
        Assert.Equal("00:11:22:33:44:55", fields["mac.ethernet"].GetProperty("value").GetString());
    }

    [Fact]
    public void Show_text_of_a_factory_image_is_stable()
    {
        var file = Path.Combine(RepoPaths.FirmwareImages, "534flr-sfp.ffimg");
        var text = CliRunner.Succeeds("nvram", "show", file, "--port", "0").Output.Replace(file, "<file>");
        Snapshot.Verify(text, "534flr-sfp.port0");
    }

    [Fact]
    public void Show_text_of_a_static_boot_explains_what_is_used()
    {
        using var folder = new TempFolder();
        var file = folder.File("static.ffimg");
        CliRunner.Succeeds("nvram", "new", "--model", "534m", "--mac", "00:17:A4:77:01:00", "--out", file);
        CliRunner.Succeeds("nvram", "set", file, "--port", "1", "mba.boot-protocol=iscsi", "iscsi.general.tcpip-via-dhcp=disabled",
            "iscsi.general.iscsi-via-dhcp=disabled", "iscsi.initiator.ip-address=192.0.2.10", "iscsi.initiator.subnet-mask=24",
            "iscsi.target1.connect=enabled", "iscsi.target1.ip-address=192.0.2.20",
                "iscsi.target1.iscsi-name=iqn.2001-04.com.example:disk1");
        var text = CliRunner.Succeeds("nvram", "show", file, "--port", "1").Output;
        Assert.Contains("iSCSI boot: static IPv4 address, targets from the target screens, CHAP off, non-offload path sending from " +
            "00:17:A4:77:01:08.", text);
        Assert.Contains("Initiator name: iqn.1995-05.com.broadcom.00.17.a4.77.01.08.iscsiboot (default", text);
        Assert.Matches(@"iscsi\.target2\.ip-address\s+IP Address\s+0\.0\.0\.0\s+0\.0\.0\.0\s+ignored: Connect is disabled", text);
        Assert.DoesNotContain("=== Port 0", text);
    }

    [Fact]
    public void Show_of_a_function_that_does_not_exist_is_refused()
    {
        var file = Path.Combine(RepoPaths.FirmwareImages, "534m.ffimg");
        var result = CliRunner.Run("nvram", "show", file, "--port", "0", "--function", "2");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("single-function mode", result.Error);
        Assert.Equal(2, CliRunner.Run("nvram", "show", file, "--port", "2").ExitCode);
    }

    [Theory]
    [InlineData("--model", "534FLR", "Valid models: 534M (534m), 534FLR-SFP+ (534flr-sfp), 534FLB (534flb), CN1100R (cn1100r).")]
    [InlineData("--mac", "00:11:22:33:44", "is not a MAC address")]
    [InlineData("--mac", "01:00:5E:00:00:01", "multicast")]
    public void New_refuses_bad_models_and_MACs(string option, string value, string expected)
    {
        using var folder = new TempFolder();
        string[] args = ["nvram", "new", "--model", "534M", "--mac", "00:17:A4:77:00:10", "--out", folder.File("x.ffimg")];
        args[Array.IndexOf(args, option) + 1] = value;
        var result = CliRunner.Run(args);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains(expected, result.Error);
        Assert.False(File.Exists(folder.File("x.ffimg")));
    }

    [Fact]
    public void New_does_not_overwrite_without_force_and_can_leave_out_the_iSCSI_firmware()
    {
        using var folder = new TempFolder();
        var file = folder.File("x.ffimg");
        CliRunner.Succeeds("nvram", "new", "--model", "cn1100r", "--mac", "00:17:A4:77:00:40", "--out", file);
        var before = File.ReadAllBytes(file);
        var again = CliRunner.Run("nvram", "new", "--model", "534m", "--mac", "00:17:A4:77:00:10", "--out", file);
        Assert.Equal(2, again.ExitCode);
        Assert.Contains("--force", again.Error);
        Assert.Equal(before, File.ReadAllBytes(file));
        CliRunner.Succeeds("nvram", "new", "--model", "534FLR-SFP+", "--mac", "00:17:A4:77:00:50", "--out", file, "--no-iscsi-firmware",
            "--force");
        Assert.Equal(FactoryImages.Find("534flr-sfp-no-iscsi-fw")!.Encode(), File.ReadAllBytes(file));
        Assert.False(FirmwareImage.Read(file).OptionRom.HasIscsiBootFirmware);
    }

    [Fact]
    public void Unreadable_images_are_refused_without_a_stack_trace()
    {
        using var folder = new TempFolder();
        var garbage = folder.File("garbage.ffimg");
        File.WriteAllText(garbage, "not an image");
        var result = CliRunner.Run("nvram", "show", garbage);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("NotAFirmwareImage", result.Error);
        var missing = CliRunner.Run("nvram", "show", folder.File("missing.ffimg"));
        Assert.Equal(2, missing.ExitCode);
        Assert.Contains("no such file", missing.Error);
    }
}
