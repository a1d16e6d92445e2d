using System.Diagnostics;
using FlexFabricSim.Device.Images;
using FlexFabricSim.Device.Nvram;
using FlexFabricSim.Testing;

namespace FlexFabricSim.Cli.Tests.Nvram;

public class NvramSetDiffCheckTests
{
    private static string NewCard(TempFolder folder, string name = "card.ffimg", string model = "534M")
    {
        var file = folder.File(name);
        CliRunner.Succeeds("nvram", "new", "--model", model, "--mac", "00:17:A4:77:00:10", "--out", file);
        return file;
    }

    [Fact]
    public void Set_applies_changes_in_order_prints_them_and_saves()
    {
        using var folder = new TempFolder();
        var file = NewCard(folder);
        var result = CliRunner.Succeeds("nvram", "set", file, "--port", "1", "mba.vlan-mode=Enabled", "mba.vlan-id=20",
            "iscsi.initiator.iscsi-name=");
        Assert.Equal(
            "port 1: mba.vlan-mode: disabled -> enabled\nport 1: mba.vlan-id: 1 -> 20\nport 1: iscsi.initiator.iscsi-name: \"\" -> \"\"\n",
            result.Output.Replace("\r\n", "\n"));
        var config = FirmwareImage.Read(file);
        Assert.Equal(20, config.GetMba(NvramAddress.OfPort(1)).VlanId);
        Assert.False(config.GetMba(NvramAddress.OfPort(0)).VlanMode);
    }

    [Fact]
    public void Set_prints_consequences_such_as_losing_IP_settings()
    {
        using var folder = new TempFolder();
        var file = NewCard(folder);
        CliRunner.Succeeds("nvram", "set", file, "--port", "0", "iscsi.general.tcpip-via-dhcp=disabled",
            "iscsi.initiator.ip-address=192.0.2.10");
        var result = CliRunner.Succeeds("nvram", "set", file, "--port", "0", "iscsi.general.ip-version=ipv6");
        Assert.Contains("note: Switching IP Version to IPv6 loses all IP settings", result.Output);
        Assert.Contains("(guide p.6)", result.Output);
        Assert.Equal("::", FirmwareImage.Read(file).Get(NvramAddress.OfPort(0), "iscsi.initiator.ip-address"));
    }

    [Fact]
    public void Set_without_a_real_change_leaves_the_file_alone()
    {
        using var folder = new TempFolder();
        var file = NewCard(folder);
        var before = File.GetLastWriteTimeUtc(file);
        var bytes = File.ReadAllBytes(file);
        Assert.Contains("no change", CliRunner.Succeeds("nvram", "set", file, "--port", "0", "mba.boot-protocol=PXE").Output);
        Assert.Equal(bytes, File.ReadAllBytes(file));
        Assert.Equal(before, File.GetLastWriteTimeUtc(file));
    }

    [Fact]
    public void Set_in_a_read_only_folder_fails_with_exit_1_and_keeps_the_old_image()
    {
        using var folder = new TempFolder();
        var file = NewCard(folder);
        var before = File.ReadAllBytes(file);
        // Root ignores permission bits: make the folder immutable instead (restored below).
        var (lockFolder, unlockFolder) = Environment.IsPrivilegedProcess
            ? (new[] { "chattr", "+i", folder.Path }, new[] { "chattr", "-i", folder.Path })
            : (new[] { "chmod", "0555", folder.Path }, new[] { "chmod", "0755", folder.Path });
        Run(lockFolder);
        try
        {
            var result = CliRunner.Run("nvram", "set", file, "--port", "0", "mba.boot-protocol=iscsi");
            Assert.Equal(1, result.ExitCode);
            Assert.Contains("cannot save", result.Error);
            Assert.Contains("previous file is unchanged", result.Error);
        }
        finally
        {
            Run(unlockFolder);
        }
        Assert.Equal(before, File.ReadAllBytes(file));
        Assert.Equal(["card.ffimg"], Directory.GetFiles(folder.Path).Select(Path.GetFileName));
    }

    private static void Run(string[] command)
    {
        var start = new ProcessStartInfo(command[0]) { RedirectStandardError = true };
        foreach (var argument in command[1..])
        {
            start.ArgumentList.Add(argument);
        }
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"cannot start {command[0]}");
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"{string.Join(' ', command)} failed: {error}");
    }

    [Fact]
    public void Set_refuses_assignments_without_an_equals_sign()
    {
        using var folder = new TempFolder();
        var file = NewCard(folder);
        var result = CliRunner.Run("nvram", "set", file, "--port", "0", "mba.boot-protocol");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("is not KEY=VALUE", result.Error);
    }

    [Fact]
    public void Diff_exits_0_for_equal_images_and_1_listing_differences_per_port_and_function()
    {
        using var folder = new TempFolder();
        var a = NewCard(folder, "a.ffimg");
        var b = NewCard(folder, "b.ffimg");
        var same = CliRunner.Run("nvram", "diff", a, b);
        Assert.Equal(0, same.ExitCode);
        Assert.Empty(same.Output);

        CliRunner.Succeeds("nvram", "set", b, "--port", "0", "adapter.multi-function-mode=multi-function");
        CliRunner.Succeeds("nvram", "set", b, "--port", "1", "--function", "2", "iscsi.target1.boot-lun=5", "mba.link-speed=1gbps");
        var different = CliRunner.Run("nvram", "diff", a, b);
        Assert.Equal(1, different.ExitCode);
        Assert.Equal(
            "adapter: adapter.multi-function-mode: single-function -> multi-function\n" +
            "port 1: mba.link-speed: autoneg -> 1gbps\n" +
            "port 1 function 2: iscsi.target1.boot-lun: 0 -> 5\n",
            different.Output.Replace("\r\n", "\n"));
    }

    [Fact]
    public void Diff_reports_model_MAC_and_firmware_differences_and_refuses_unreadable_images()
    {
        var images = RepoPaths.FirmwareImages;
        var result = CliRunner.Run("nvram", "diff",
            Path.Combine(images, "534flr-sfp.ffimg"), Path.Combine(images, "534flr-sfp-no-iscsi-fw.ffimg"));
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("base MAC: 00:17:A4:77:00:20 -> 00:17:A4:77:00:50", result.Output);
        Assert.Contains("adapter: rom.iscsi-boot-firmware: present -> absent", result.Output);
        var models = CliRunner.Run("nvram", "diff", Path.Combine(images, "534m.ffimg"), Path.Combine(images, "534flr-sfp.ffimg"));
        Assert.Contains("model: 534M -> 534FLR-SFP+", models.Output);

        using var folder = new TempFolder();
        File.WriteAllBytes(folder.File("bad.ffimg"), [0x89, 0x46, 0x46, 0x49, 0x4D, 0x47, 0x0D, 0x0A, 0]);
        var bad = CliRunner.Run("nvram", "diff", Path.Combine(images, "534m.ffimg"), folder.File("bad.ffimg"));
        Assert.Equal(2, bad.ExitCode);
        Assert.Contains("Corrupt", bad.Error);
    }

    [Fact]
    public void Check_reports_validity_and_training_advisories()
    {
        using var folder = new TempFolder();
        var file = NewCard(folder);
        var clean = CliRunner.Succeeds("nvram", "check", file);
        Assert.Contains("valid 534M image", clean.Output);
        Assert.Contains("No training advisories.", clean.Output);

        CliRunner.Succeeds("nvram", "set", file, "--port", "0", "mba.boot-protocol=iscsi", "iscsi.general.tcpip-via-dhcp=disabled",
            "iscsi.general.iscsi-via-dhcp=disabled", "iscsi.initiator.ip-address=192.0.2.10", "iscsi.initiator.subnet-mask=24",
            "iscsi.target1.connect=enabled", "iscsi.target1.ip-address=192.0.2.10", "iscsi.target1.boot-lun=255",
            "iscsi.target1.iscsi-name=iqn.2001-04.com.example:disk1");
        var warned = CliRunner.Succeeds("nvram", "check", file);
        Assert.Contains("advisory: port 0: iscsi.target1.ip-address: Target 1 has the initiator's own address", warned.Output);
        Assert.Contains("advisory: port 0: iscsi.target1.boot-lun: Boot LUN 255", warned.Output);
        Assert.Contains("2 training advisories.", warned.Output);
        Assert.Equal(1, CliRunner.Run("nvram", "check", file, "--strict").ExitCode);
    }

    [Fact]
    public void Check_refuses_a_damaged_image_with_exit_2()
    {
        using var folder = new TempFolder();
        var file = NewCard(folder);
        var bytes = File.ReadAllBytes(file);
        bytes[^1] ^= 0xFF;
        File.WriteAllBytes(file, bytes);
        var result = CliRunner.Run("nvram", "check", file);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("CRC-32", result.Error);
    }
}
