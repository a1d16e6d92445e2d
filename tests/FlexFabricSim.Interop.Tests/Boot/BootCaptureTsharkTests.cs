using FlexFabricSim.Cli;
using FlexFabricSim.Interop.Tests.Infrastructure;
using FlexFabricSim.Testing;

namespace FlexFabricSim.Interop.Tests.Boot;

/// <summary>The pcapng of a lab boot, read by tshark with every checksum check on: DHCP, iSCSI and SCSI decode, nothing is malformed.</summary>
public sealed class BootCaptureTsharkTests
{
    [Fact]
    public void LabBootCaptureDecodesCleanly()
    {
        var tshark = Tools.Require("tshark", "tshark");
        var folder = Path.Combine(Path.GetTempPath(), "ffsim-bootcap-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            var image = Path.Combine(folder, "card.ffimg");
            var pcap = Path.Combine(folder, "boot.pcapng");
            Cli("nvram", "new", "--model", "534FLR-SFP+", "--mac", "00:17:A4:77:02:10", "--out", image);
            Cli("nvram", "set", image, "--port", "0", "mba.boot-protocol=iscsi", "iscsi.general.tcpip-via-dhcp=enabled",
                "iscsi.general.iscsi-via-dhcp=enabled");
            Cli("boot", "--image", image, "--lab", Path.Combine(RepoPaths.Root, "docs", "labs", "dhcp-option43.yaml"), "--pcap", pcap);

            string[] checks = ["-o", "tcp.check_checksum:TRUE", "-o", "udp.check_checksum:TRUE", "-o", "ip.check_checksum:TRUE",
                "-d", "tcp.port==3260,iscsi"];
            var protocols = Shell.Run(tshark, ["-r", pcap, .. checks, "-T", "fields", "-e", "frame.protocols"]);
            Assert.Equal(0, protocols.ExitCode);
            Assert.Contains(":dhcp", protocols.StandardOutput);
            Assert.Contains(":iscsi", protocols.StandardOutput);
            var summary = Shell.Run(tshark, ["-r", pcap, .. checks]);
            Assert.Contains("SCSI: Read(10) LUN: 0x00 (LBA: 0x00000000, Len: 2)", summary.StandardOutput);
            Assert.Contains("Login Response (Success)", summary.StandardOutput);
            var bad = Shell.Run(tshark, ["-r", pcap, .. checks, "-Y",
                "_ws.malformed || tcp.checksum.status == 0 || udp.checksum.status == 0 || ip.checksum.status == 0"]);
            Assert.Equal(0, bad.ExitCode);
            Assert.True(string.IsNullOrWhiteSpace(bad.StandardOutput), bad.StandardOutput);
            var option43 = Shell.Run(tshark, ["-r", pcap, "-Y", "dhcp.option.type == 43", "-T", "fields", "-e", "dhcp.option.vendor.value"]);
            Assert.False(string.IsNullOrWhiteSpace(option43.StandardOutput), "tshark sees option 43 in the capture");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static void Cli(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = FlexFabricCommand.Run(args, output, error);
        Assert.True(exit == 0, $"flexfabric {string.Join(' ', args)} exited {exit}: {error}{output}");
    }
}
