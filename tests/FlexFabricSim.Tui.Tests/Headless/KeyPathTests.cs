using FlexFabricSim.Device.Images;
using FlexFabricSim.Device.Nvram;
using FlexFabricSim.Tui.Headless;
using FlexFabricSim.Tui.Navigation;
using FlexFabricSim.Tui.Tests.Support;

namespace FlexFabricSim.Tui.Tests.Headless;

/// <summary>The guide's static walk-through (G p.6-8), typed key by key, ends in an image holding exactly what was typed.</summary>
public sealed class KeyPathTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("flexfabric-keypath-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    /// <summary>Power-on, Ctrl-S, Boot Protocol iSCSI, static General / Initiator / 1st Target, Exit and Save, F4, exit.</summary>
    public const string StaticWalkThrough =
        "ctrl+s,enter," +                                        // banner, then port 0 in the device list
        "down,right," +                                          // Boot Protocol: PXE -> iSCSI (G p.6 step 3)
        "end,up,enter," +                                        // iSCSI Boot Configuration (step 4)
        "enter,right,down,down,right,esc," +                     // General: TCP/IP and iSCSI parameters via DHCP disabled (G p.7 step 1)
        "down,enter," +                                          // Initiator Parameters (step 3)
        "\"192.0.2.10\",enter,down,\"255.255.255.0\",enter,down,\"192.0.2.254\",enter," +
        "down,down,down,\"iqn.2013-01.com.example:server1\",enter,esc," +
        "down,enter," +                                          // 1st Target Parameters (step 6)
        "right,down,\"192.0.2.1\",enter,down,down,\"5\",enter,down,\"iqn.2013-01.com.example:boot\",enter,esc," +
        "end,enter," +                                           // Exit and Save Configuration (step 9)
        "f4,esc,esc";                                            // F4 saves the MBA configuration (step 10), leave

    /// <summary>Exactly the values the walk-through sets.</summary>
    public static readonly (string Key, string Value)[] Expected =
    [
        (FieldKeys.Mba.BootProtocol, "iscsi"),
        (FieldKeys.General.TcpIpViaDhcp, "disabled"),
        (FieldKeys.General.IscsiViaDhcp, "disabled"),
        (FieldKeys.Initiator.IpAddress, "192.0.2.10"),
        (FieldKeys.Initiator.SubnetMask, "255.255.255.0"),
        (FieldKeys.Initiator.DefaultGateway, "192.0.2.254"),
        (FieldKeys.Initiator.IscsiName, "iqn.2013-01.com.example:server1"),
        (FieldKeys.Target1.Connect, "enabled"),
        (FieldKeys.Target1.IpAddress, "192.0.2.1"),
        (FieldKeys.Target1.BootLun, "5"),
        (FieldKeys.Target1.IscsiName, "iqn.2013-01.com.example:boot"),
    ];

    [Fact]
    public void The_static_walk_through_saves_exactly_the_typed_values_to_the_image()
    {
        var path = Path.Combine(_folder, FactoryImages.Default.FileName);
        FirmwareImage.Write(path, FactoryImages.Default.Create());

        using (var session = HeadlessSession.Start(FirmwareImage.Read(path), new HeadlessOptions { Store = new ImageFileStore(path) }))
        {
            session.Run(KeyScript.Parse(StaticWalkThrough));
            Assert.Equal(PreBootPhase.Boot, session.Session.Phase);
        }

        var expected = FactoryImages.Default.Create().WithChanges(Adapters.Port0, Expected);
        Assert.Equal(expected, FirmwareImage.Read(path));
        Assert.Empty(Directory.GetFiles(_folder, "*.tmp", SearchOption.AllDirectories));
    }

    [Fact]
    public void Without_a_save_the_image_is_untouched()
    {
        var path = Path.Combine(_folder, FactoryImages.Default.FileName);
        FirmwareImage.Write(path, FactoryImages.Default.Create());
        var before = File.ReadAllBytes(path);
        // Instead of saving: ESC, N (discard the iSCSI changes), ESC, N (discard the MBA change), ESC (leave the device list).
        var walkWithoutSaves = StaticWalkThrough.Replace("end,enter,f4,esc,esc", "esc,n,esc,n,esc", StringComparison.Ordinal);

        using (var session = HeadlessSession.Start(FirmwareImage.Read(path), new HeadlessOptions { Store = new ImageFileStore(path) }))
        {
            session.Run(KeyScript.Parse(walkWithoutSaves));
            Assert.Equal(PreBootPhase.Boot, session.Session.Phase);
        }

        Assert.Equal(before, File.ReadAllBytes(path));
    }
}
