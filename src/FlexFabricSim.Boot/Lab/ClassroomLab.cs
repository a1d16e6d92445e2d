namespace FlexFabricSim.Boot.Lab;

/// <summary>
/// The lab the menus boot into when no lab file is given: a switch port at 10 Gb/s with a DHCPv4 server (option 17 for
/// everyone, option 43 for <c>BRCM ISAN</c>), an IPv6 router with DHCPv6 (options 16/17), and two targets with bootable
/// disks at the addresses the walk-throughs use. A card set up by the guide's static or dynamic steps boots here.
/// </summary>
public static class ClassroomLab
{
    /// <summary>The lab as YAML (data, in the lab-file format of <c>docs/boot-engine.md</c>).</summary>
    public const string Yaml = """
        name: classroom
        port:
          speed: 10gbps
        dhcp4:
          server: 192.0.2.1
          pool: 192.0.2.100-192.0.2.150
          subnet-mask: 255.255.255.0
          router: 192.0.2.1
          dns: [192.0.2.53]
          root-path: "iscsi:192.0.2.10::3260:0:iqn.2026-11.lab.target:disk1"
          vendor-class: BRCM ISAN
          vendor-options:
            first-target: "iscsi:192.0.2.10::3260:0:iqn.2026-11.lab.target:disk1"
            second-target: "iscsi:192.0.2.11::3260:0:iqn.2026-11.lab.target:disk2"
        router:
          prefix: 2001:db8::/64
          managed: true
        dhcp6:
          pool: 2001:db8::100-2001:db8::1ff
          dns: [2001:db8::53]
          vendor-class: BRCM ISAN
          vendor-class-sent: BRCM ISAN
          vendor-options:
            first-target: "iscsi:[2001:db8::10]::3260:0:iqn.2026-11.lab.target:disk1"
        targets:
          - name: iqn.2026-11.lab.target:disk1
            address: 192.0.2.10
            luns: [{ lun: 0, size: 64MiB, content: mbr }]
          - name: iqn.2026-11.lab.target:disk2
            address: 192.0.2.11
            luns: [{ lun: 0, size: 64MiB, content: mbr }]
          - name: iqn.2026-11.lab.target:disk1
            address: 2001:db8::10
            luns: [{ lun: 0, size: 64MiB, content: mbr }]
        """;

    /// <summary>The parsed lab.</summary>
    public static LabDefinition Definition { get; } = LabFileReader.Parse(Yaml, "built-in classroom lab");
}
