using FlexFabricSim.Device.Nvram;

namespace FlexFabricSim.Tui.Screens;

/// <summary>
/// Builds every screen of the configuration utility from the device model's field catalog. A field added to the catalog
/// appears on the screen its <see cref="FieldDefinition.Screen"/> names, at the level its <see cref="FieldDefinition.Scope"/>
/// says; no screen lists fields by hand.
/// </summary>
public static class CardScreens
{
    /// <summary>The screen <paramref name="screen"/> as it looks for <paramref name="config"/>.</summary>
    public static ScreenDefinition Build(ScreenRef screen, AdapterConfiguration config)
    {
        ArgumentNullException.ThrowIfNull(config);
        var at = screen.At;
        return screen.Kind switch
        {
            ScreenKind.DeviceList => new(screen, "Device List", DeviceRows(config), KeyHelp.DeviceList, SavesWithF4: false),
            ScreenKind.MbaMenu => new(screen, "MBA Configuration Menu", MbaRows(config, at), KeyHelp.MbaFields, SavesWithF4: true),
            ScreenKind.IscsiMain => new(screen, "iSCSI Boot Configuration", IscsiMainRows(at), KeyHelp.Menu, SavesWithF4: false),
            ScreenKind.General => Fields(screen, "General Parameters", ScreenId.General),
            ScreenKind.Initiator => Fields(screen, "Initiator Parameters", ScreenId.Initiator),
            ScreenKind.Target1 => Fields(screen, "1st Target Parameters", ScreenId.Target1),
            ScreenKind.Target2 => Fields(screen, "2nd Target Parameters", ScreenId.Target2),
            ScreenKind.Secondary => Fields(screen, "Secondary Device Parameters", ScreenId.Secondary),
            ScreenKind.MultiFunction => new(screen, "Multi-Function Configuration", MultiFunctionRows(config, at),
                KeyHelp.MultiFunctionFields, SavesWithF4: true),
            ScreenKind.Function => new(screen, $"Function {at.Function} Configuration", FunctionRows(at), KeyHelp.MultiFunctionFields,
                SavesWithF4: true),
            _ => throw new ArgumentOutOfRangeException(nameof(screen), screen.Kind, null),
        };
    }

    /// <summary>The device-list label of <paramref name="at"/>: port, function and Ethernet MAC.</summary>
    public static string DeviceLabel(AdapterConfiguration config, NvramAddress at)
    {
        ArgumentNullException.ThrowIfNull(config);
        var where = config.IsMultiFunction ? $"Port {at.Port} Function {at.Function}" : $"Port {at.Port}";
        return $"{where,-20}{config.ModelInfo.Chip}   MAC {config.EthernetMac(at)}";
    }

    private static ScreenDefinition Fields(ScreenRef screen, string title, ScreenId id) =>
        new(screen, title, FieldRows(id, AnyScope, screen.At), KeyHelp.Fields, SavesWithF4: false);

    private static List<ScreenRow> DeviceRows(AdapterConfiguration config) =>
        [.. config.Addresses.Select(a => new ScreenRow.Entry(DeviceLabel(config, a), new MenuEntry.Open(new(ScreenKind.MbaMenu, a)),
            "Configure this device's boot agent: boot protocol, banner and setup key, link, VLAN, and its iSCSI boot."))];

    private static List<ScreenRow> MbaRows(AdapterConfiguration config, NvramAddress at)
    {
        // Fields of every scope sit on the MBA screen: port-wide ones (Link Speed) are shared by the port's functions.
        var rows = FieldRows(ScreenId.Mba, AnyScope, at);
        rows.Add(new ScreenRow.Blank());
        rows.Add(new ScreenRow.Entry("iSCSI Boot Configuration", new MenuEntry.Open(new(ScreenKind.IscsiMain, at)),
            "Configure iSCSI boot; has no effect when the iSCSI boot firmware is not programmed (G p.6)."));
        rows.Add(new ScreenRow.Entry("Multi-Function Configuration",
            new MenuEntry.Open(new(ScreenKind.MultiFunction, NvramAddress.OfPort(at.Port))),
            "Single-function or Multi-Function (NPAR) mode, flow control, and each function's protocols and bandwidth."));
        return rows;
    }

    private static List<ScreenRow> IscsiMainRows(NvramAddress at) =>
    [
        Open("General Parameters", ScreenKind.General, at,
            "DHCP or static configuration, CHAP, DHCP Vendor ID, IP Version and the boot path (HBA Boot Mode) (G p.5-6)."),
        Open("Initiator Parameters", ScreenKind.Initiator, at,
            "This server's address, DNS servers, initiator iSCSI name and CHAP credentials (G p.7, p.9)."),
        Open("1st Target Parameters", ScreenKind.Target1, at,
            "The boot target: Connect, address, TCP port, boot LUN, iSCSI name, mutual CHAP (G p.7, p.9)."),
        Open("2nd Target Parameters", ScreenKind.Target2, at,
            "A second target, tried when the first cannot be reached (G p.7)."),
        Open("Secondary Device Parameters", ScreenKind.Secondary, at,
            "A partner port for a second boot path; modelled, but without effect on the simulated boot."),
        new ScreenRow.Blank(),
        new ScreenRow.Entry("Exit and Save Configuration", new MenuEntry.ExitAndSave(),
            "Save the configuration to NVRAM and return to the MBA Configuration menu (G p.7, step 9)."),
    ];

    private static List<ScreenRow> MultiFunctionRows(AdapterConfiguration config, NvramAddress port)
    {
        // The port's screen holds what is not per function; each function's screen holds the rest.
        var rows = FieldRows(ScreenId.Adapter, AnyScope, port);
        rows.AddRange(FieldRows(ScreenId.MultiFunction, f => f.Scope != FieldScope.Function, port));
        if (config.IsMultiFunction)
        {
            rows.Add(new ScreenRow.Blank());
            rows.Add(new ScreenRow.Heading($"Functions of port {port.Port}"));
            rows.AddRange(Enumerable.Range(0, config.FunctionsPerPort).Select(f =>
                Open($"Function {f} Configuration", ScreenKind.Function, port with { Function = f },
                    "This function's protocols (Ethernet, iSCSI, FCoE), bandwidth and addresses.")));
        }
        else
        {
            rows.Add(new ScreenRow.Blank());
            rows.Add(new ScreenRow.Heading($"Port {port.Port} addresses"));
            rows.AddRange(FieldRows(ScreenId.Addresses, AnyScope, port));
        }
        rows.Add(new ScreenRow.Blank());
        rows.Add(new ScreenRow.Heading("Option ROM"));
        rows.AddRange(FieldRows(ScreenId.Rom, AnyScope, port));
        return rows;
    }

    private static List<ScreenRow> FunctionRows(NvramAddress at)
    {
        var rows = FieldRows(ScreenId.MultiFunction, f => f.Scope == FieldScope.Function, at);
        rows.Add(new ScreenRow.Blank());
        rows.Add(new ScreenRow.Heading("Addresses"));
        rows.AddRange(FieldRows(ScreenId.Addresses, AnyScope, at));
        return rows;
    }

    private static ScreenRow.Entry Open(string label, ScreenKind kind, NvramAddress at, string help) =>
        new(label, new MenuEntry.Open(new ScreenRef(kind, at)), help);

    private static bool AnyScope(FieldDefinition field) => true;

    private static List<ScreenRow> FieldRows(ScreenId id, Func<FieldDefinition, bool> include, NvramAddress at) =>
        [.. FieldCatalog.ForScreen(id).Where(include).Select(f => new ScreenRow.Field(f, at))];
}
