using System.Net;
using FlexFabricSim.Boot.Lab;

namespace FlexFabricSim.Boot.Tests.Lab;

public sealed class LabFileReaderTests
{
    private const string Full = """
        name: full
        port:
          speed: 1gbps
          untagged-vlan: 1
          tagged-vlans: [100, 200]
          faults: { drop: 0.01, duplicate: 0.02, reorder: 0.03, corrupt: 0.001, delay: 5ms, cut: false, seed: 7 }
        network:
          vlan: 100
        dhcp4:
          server: 192.0.2.1
          pool: 192.0.2.100-192.0.2.199
          subnet-mask: 255.255.255.0
          router: 192.0.2.1
          dns: [192.0.2.53, 192.0.2.54]
          lease-time: 2h
          root-path: "iscsi:192.0.2.10::3260:0:iqn.2026-11.lab:disk1"
          vendor-class: BRCM ISAN
          vendor-options:
            first-target: "iscsi:192.0.2.10::3260:0:iqn.2026-11.lab:disk1"
            second-target: "iscsi:192.0.2.11::3260:0:iqn.2026-11.lab:disk2"
            initiator-name: iqn.2026-11.lab:client
          behaviour: late
          answer-delay: 3s
        dhcp6:
          pool: 2001:db8::100-2001:db8::1ff
          dns: [2001:db8::53]
          vendor-options: { first-target: "iscsi:[2001:db8::10]::3260:0:iqn.2026-11.lab:disk1" }
        router:
          prefix: 2001:db8::/64
          managed: true
        targets:
          - name: iqn.2026-11.lab:disk1
            address: 192.0.2.10
            chap: { user: initchap, secret: initsecret1234 }
            mutual-chap: { user: tgtchap, secret: targetsecret99 }
            luns:
              - { lun: 0, size: 64MiB, content: mbr }
              - { lun: 255, size: 1GiB, content: gpt }
            faults:
              lun-busy: 3
              login-reject: { class: 2, detail: 1 }
              drop-after-pdus: 5
              redirect-to: 192.0.2.11:3260
              slow-reads: 2s
              wrong-chap-response: true
          - name: iqn.2026-11.lab:disk2
            address: 2001:db8::10
            port: 3261
            luns: [{ lun: 1, content: blank }]
            faults: { port-closed: true }
        """;

    [Fact]
    public void ReadsEveryKey()
    {
        var lab = LabFileReader.Parse(Full, "full.yaml");
        Assert.Equal("full", lab.Name);
        Assert.Equal(LabPortSpeed.Gbps1, lab.Port.Speed);
        Assert.Equal([100, 200], lab.Port.TaggedVlans);
        Assert.Equal(0.03, lab.Port.Faults.Reorder);
        Assert.Equal(TimeSpan.FromMilliseconds(5), lab.Port.Faults.Delay);
        Assert.Equal(7, lab.Port.Faults.Seed);
        Assert.Equal(100, lab.Network.Vlan);

        var d4 = lab.Dhcp4!;
        Assert.Equal(IPAddress.Parse("192.0.2.100"), d4.PoolStart);
        Assert.Equal(IPAddress.Parse("192.0.2.199"), d4.PoolEnd);
        Assert.Equal(2, d4.Dns.Count);
        Assert.Equal(TimeSpan.FromHours(2), d4.LeaseTime);
        Assert.Equal("BRCM ISAN", d4.VendorClass);
        Assert.Equal("iqn.2026-11.lab:client", d4.VendorOptions!.InitiatorName);
        Assert.Equal(LabServerBehaviour.Late, d4.Behaviour);
        Assert.Equal(TimeSpan.FromSeconds(3), d4.AnswerDelay);

        Assert.Equal("BRCM ISAN", lab.Dhcp6!.VendorClass);
        Assert.Equal(4413u, lab.Dhcp6.EnterpriseNumber);
        Assert.True(lab.Router!.Managed);
        Assert.Equal(64, lab.Router.PrefixLength);

        var t1 = lab.Targets[0];
        Assert.Equal(3260, t1.Port);
        Assert.Equal(new LabChapAccount("tgtchap", "targetsecret99"), t1.MutualChap);
        Assert.Equal(1L << 30, t1.Luns[1].SizeBytes);
        Assert.Equal(LabDiskContent.Gpt, t1.Luns[1].Content);
        Assert.Equal(3, t1.Faults.LunBusy);
        Assert.Equal(new LabLoginReject(2, 1), t1.Faults.LoginReject);
        Assert.Equal(IPEndPoint.Parse("192.0.2.11:3260"), t1.Faults.RedirectTo);
        Assert.True(lab.Targets[1].Faults.PortClosed);
        Assert.Equal(LabDiskContent.Blank, lab.Targets[1].Luns[0].Content);
    }

    [Fact]
    public void EmptyLabHasDefaults()
    {
        var lab = LabFileReader.Parse("name: empty\n");
        Assert.Equal(LabPortSpeed.Gbps10, lab.Port.Speed);
        Assert.Null(lab.Dhcp4);
        Assert.Empty(lab.Targets);
    }

    [Theory]
    [InlineData("colour: red\n", 1, "unknown key 'colour'")]
    [InlineData("port:\n  speed: 40gbps\n", 2, "'port.speed' must be one of 1gbps, 10gbps")]
    [InlineData("port:\n  sped: 1gbps\n", 2, "unknown key 'sped' in 'port'")]
    [InlineData("dhcp4:\n  server: 192.0.2.1\n  pool: 192.0.2.9-192.0.2.1\n", 3, "not a range")]
    [InlineData("dhcp4:\n  server: 2001:db8::1\n  pool: 192.0.2.1-192.0.2.9\n", 2, "must be an IPv4 address")]
    [InlineData("targets:\n  - name: iqn.x\n    address: 192.0.2.300\n", 3, "not an IPv4 or IPv6 address")]
    [InlineData("targets:\n  - address: 192.0.2.3\n", 2, "'targets[0].name' is required")]
    [InlineData("targets:\n  - name: t\n    address: 192.0.2.3\n    luns: [{ lun: 0, size: 1000 }]\n", 4, "whole 512-byte sectors")]
    [InlineData("targets:\n  - name: t\n    address: 192.0.2.3\n    mutual-chap: { user: a, secret: b }\n", 2, "mutual-chap needs chap")]
    [InlineData("port:\n  faults: { drop: 1.5 }\n", 2, "probability from 0 to 1")]
    [InlineData("port: [1, 2]\n", 1, "must be a mapping")]
    [InlineData("name: [unclosed\n", 2, "not valid YAML")]
    public void RefusesBadFilesWithLineAndKey(string yaml, int line, string fragment)
    {
        var e = Assert.Throws<LabFormatException>(() => LabFileReader.Parse(yaml, "bad.yaml"));
        Assert.Contains(fragment, e.Message);
        Assert.Equal(line, e.Line);
        Assert.StartsWith($"bad.yaml:{line}: ", e.Message);
    }

    [Fact]
    public void RefusesTwoTargetsOnOnePortal()
    {
        const string yaml = "targets:\n  - { name: a, address: 192.0.2.3 }\n  - { name: b, address: 192.0.2.3 }\n";
        var e = Assert.Throws<LabFormatException>(() => LabFileReader.Parse(yaml));
        Assert.Contains("share the portal", e.Message);
    }

    [Fact]
    public void MissingFileIsALabFormatException()
    {
        var e = Assert.Throws<LabFormatException>(() => LabFileReader.Read("/nonexistent/lab.yaml"));
        Assert.Contains("cannot read the lab file", e.Message);
    }

    [Theory]
    [InlineData("500ms", 0.5)]
    [InlineData("30s", 30)]
    [InlineData("2m", 120)]
    [InlineData("1h", 3600)]
    [InlineData("7", 7)]
    public void DurationsHaveUnits(string text, double seconds)
    {
        Assert.True(LabUnits.TryParseDuration(text, out var value));
        Assert.Equal(TimeSpan.FromSeconds(seconds), value);
    }

    [Theory]
    [InlineData("-1s")]
    [InlineData("1d")]
    [InlineData("NaNs")]
    [InlineData("")]
    public void BadDurationsAreRefused(string text) => Assert.False(LabUnits.TryParseDuration(text, out _));
}
