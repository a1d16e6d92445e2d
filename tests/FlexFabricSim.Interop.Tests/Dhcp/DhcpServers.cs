using FlexFabricSim.Interop.Tests.Infrastructure;

namespace FlexFabricSim.Interop.Tests.Dhcp;

/// <summary>
/// dnsmasq and Kea started in the server namespace with the configurations notes/dhcp-servers.md describes; stopped by PID.
/// </summary>
public static class DhcpServers
{
    /// <summary>The first target every server hands out (LUN 64, written 40 as G p.10 says).</summary>
    public const string FirstTarget4 = "iscsi:192.0.2.1::3260:40:iqn.2003-01.org.example:disk1";

    /// <summary>The second target.</summary>
    public const string SecondTarget4 = "iscsi:192.0.2.2::3260:0:iqn.2003-01.org.example:disk2";

    /// <summary>Option 17 for every client.</summary>
    public const string RootPath4 = "iscsi:192.0.2.1::3260:1:iqn.2003-01.org.example:disk1";

    /// <summary>The first IPv6 target (server in brackets, G p.11).</summary>
    public const string FirstTarget6 = "iscsi:[2001:db8::1]::3260:40:iqn.2003-01.org.example:disk1";

    /// <summary>The second IPv6 target.</summary>
    public const string SecondTarget6 = "iscsi:[2001:db8::2]::3260:0:iqn.2003-01.org.example:disk2";

    /// <summary>The initiator name of sub-option 203.</summary>
    public const string InitiatorName = "iqn.1995-05.com.broadcom:initiator";

    /// <summary>dnsmasq 2.90 for DHCPv4: option 17 for all; 60 and 43 (201-203) only for option 60 exactly "BRCM ISAN".</summary>
    public static PeerProcess StartDnsmasq4(DhcpNetwork network, bool withDns = true)
    {
        // An exact match takes two dhcp-match rules: the value, and the value followed by anything (notes/dhcp-servers.md).
        var config = $"""
            port=0
            interface={DhcpNetwork.ServerInterface}
            bind-interfaces
            no-ping
            dhcp-range=192.0.2.50,192.0.2.99,255.255.255.0,1h
            dhcp-option=3,192.0.2.1
            {(withDns ? "dhcp-option=6,192.0.2.53,192.0.2.54" : "dhcp-option=6")}
            dhcp-option=17,"{RootPath4}"
            dhcp-match=set:brcm,60,42:52:43:4d:20:49:53:41:4e
            dhcp-match=set:brcmlong,60,42:52:43:4d:20:49:53:41:4e:*
            tag-if=set:iscsi,tag:brcm,tag:!brcmlong
            dhcp-option-force=tag:iscsi,60,"BRCM ISAN"
            dhcp-option-force=tag:iscsi,encap:43,203,"{InitiatorName}"
            dhcp-option-force=tag:iscsi,encap:43,202,"{SecondTarget4}"
            dhcp-option-force=tag:iscsi,encap:43,201,"{FirstTarget4}"
            dhcp-leasefile={Path.Combine(network.Folder, "dnsmasq.leases")}
            log-dhcp
            """;
        return StartDnsmasq(network, config, "DHCP, IP range");
    }

    /// <summary>dnsmasq 2.90 for DHCPv6: option 17 (enterprise 4413, 201-203); it cannot send a valid option 16.</summary>
    public static PeerProcess StartDnsmasq6(DhcpNetwork network)
    {
        var config = $"""
            port=0
            interface={DhcpNetwork.ServerInterface}
            bind-interfaces
            dhcp-range=2001:db8::100,2001:db8::1ff,64,1h
            dhcp-option=option6:dns-server,[2001:db8::53]
            dhcp-vendorclass=set:brcm6,enterprise:4413,BRCM ISAN
            dhcp-option-force=tag:brcm6,vi-encap:4413,option6:203,"{InitiatorName}"
            dhcp-option-force=tag:brcm6,vi-encap:4413,option6:202,"{SecondTarget6}"
            dhcp-option-force=tag:brcm6,vi-encap:4413,option6:201,"{FirstTarget6}"
            dhcp-leasefile={Path.Combine(network.Folder, "dnsmasq6.leases")}
            log-dhcp
            """;
        return StartDnsmasq(network, config, "DHCPv6, IP range");
    }

    /// <summary>Kea 2.2 DHCPv4: option 17 for all; 60 and 43 (201-203) for a client class testing option 60 exactly.</summary>
    public static PeerProcess StartKea4(DhcpNetwork network)
    {
        var config = $$"""
            {
            "Dhcp4": {
              "interfaces-config": { "interfaces": [ "{{DhcpNetwork.ServerInterface}}" ], "dhcp-socket-type": "raw" },
              "lease-database": { "type": "memfile", "persist": false },
              "valid-lifetime": 3600,
              "option-def": [
                { "space": "brcm-iscsi", "name": "first-target", "code": 201, "type": "string" },
                { "space": "brcm-iscsi", "name": "second-target", "code": 202, "type": "string" },
                { "space": "brcm-iscsi", "name": "initiator-iqn", "code": 203, "type": "string" }
              ],
              "client-classes": [ {
                "name": "brcm-iscsi-boot",
                "test": "option[vendor-class-identifier].text == 'BRCM ISAN'",
                "option-def": [ { "name": "vendor-encapsulated-options", "code": 43, "type": "empty", "encapsulate": "brcm-iscsi" } ],
                "option-data": [
                  { "name": "vendor-class-identifier", "data": "BRCM ISAN", "always-send": true },
                  { "name": "vendor-encapsulated-options", "always-send": true },
                  { "space": "brcm-iscsi", "name": "first-target", "data": "{{FirstTarget4}}", "always-send": true },
                  { "space": "brcm-iscsi", "name": "second-target", "data": "{{SecondTarget4}}", "always-send": true },
                  { "space": "brcm-iscsi", "name": "initiator-iqn", "data": "{{InitiatorName}}", "always-send": true }
                ]
              } ],
              "subnet4": [ {
                "subnet": "192.0.2.0/24",
                "pools": [ { "pool": "192.0.2.100 - 192.0.2.150" } ],
                "option-data": [
                  { "name": "routers", "data": "192.0.2.1" },
                  { "name": "domain-name-servers", "data": "192.0.2.53, 192.0.2.54" },
                  { "name": "root-path", "data": "{{RootPath4}}" }
                ]
              } ],
              "loggers": [ { "name": "kea-dhcp4", "output_options": [ { "output": "stdout" } ], "severity": "INFO" } ]
            }
            }
            """;
        return StartKea(network, "kea-dhcp4", "kea-dhcp4-server", config, "DHCP4_STARTED");
    }

    /// <summary>
    /// Kea 2.2 DHCPv6: options 16 (4413, "BRCM ISAN") and 17 (4413, 201-203) for a client whose vendor class 4413 is "BRCM ISAN".
    /// </summary>
    public static PeerProcess StartKea6(DhcpNetwork network)
    {
        // vendor-class is typed (uint32, binary): its data carries the item's 2-byte length by hand (notes/dhcp-servers.md).
        var config = $$"""
            {
            "Dhcp6": {
              "interfaces-config": { "interfaces": [ "{{DhcpNetwork.ServerInterface}}" ] },
              "data-directory": "{{network.Folder}}",
              "lease-database": { "type": "memfile", "persist": false },
              "preferred-lifetime": 3000, "valid-lifetime": 4000, "renew-timer": 1000, "rebind-timer": 2000,
              "option-def": [
                { "space": "vendor-4413", "name": "first-target", "code": 201, "type": "string" },
                { "space": "vendor-4413", "name": "second-target", "code": 202, "type": "string" },
                { "space": "vendor-4413", "name": "initiator-iqn", "code": 203, "type": "string" }
              ],
              "client-classes": [ {
                "name": "brcm-iscsi-boot",
                "test": "vendor-class[4413].data == 'BRCM ISAN'",
                "option-data": [
                  { "name": "vendor-class", "data": "4413, 00094252434d204953414e", "always-send": true },
                  { "name": "vendor-opts", "data": "4413", "always-send": true },
                  { "space": "vendor-4413", "name": "first-target", "data": "{{FirstTarget6}}", "always-send": true },
                  { "space": "vendor-4413", "name": "second-target", "data": "{{SecondTarget6}}", "always-send": true },
                  { "space": "vendor-4413", "name": "initiator-iqn", "data": "{{InitiatorName}}", "always-send": true }
                ]
              } ],
              "subnet6": [ {
                "subnet": "2001:db8::/64", "interface": "{{DhcpNetwork.ServerInterface}}",
                "pools": [ { "pool": "2001:db8::100 - 2001:db8::1ff" } ],
                "option-data": [ { "name": "dns-servers", "data": "2001:db8::53" } ]
              } ],
              "loggers": [ { "name": "kea-dhcp6", "output_options": [ { "output": "stdout" } ], "severity": "INFO" } ]
            }
            }
            """;
        return StartKea(network, "kea-dhcp6", "kea-dhcp6-server", config, "DHCP6_STARTED");
    }

    private static PeerProcess StartDnsmasq(DhcpNetwork network, string config, string ready)
    {
        var dnsmasq = Tools.Require("dnsmasq", "dnsmasq-base");
        var file = Path.Combine(network.Folder, $"dnsmasq-{Guid.NewGuid():N}.conf");
        File.WriteAllText(file, config);
        var peer = network.Server.Start(dnsmasq,
            ["--keep-in-foreground", "--log-facility=-", $"--conf-file={file}", $"--pid-file={Path.Combine(network.Folder, "dnsmasq.pid")}",
            ]);
        return WaitReady(peer, ready);
    }

    private static PeerProcess StartKea(DhcpNetwork network, string program, string package, string config, string ready)
    {
        var kea = Tools.Require(program, package);
        var file = Path.Combine(network.Folder, $"{program}.json");
        File.WriteAllText(file, config);
        var env = new Dictionary<string, string> { ["KEA_LOCKFILE_DIR"] = network.Folder, ["KEA_PIDFILE_DIR"] = network.Folder };
        return WaitReady(network.Server.Start(kea, ["-c", file], env), ready);
    }

    private static PeerProcess WaitReady(PeerProcess peer, string ready)
    {
        try
        {
            peer.WaitForOutput(ready);
            return peer;
        }
        catch
        {
            peer.Dispose();
            throw;
        }
    }
}
