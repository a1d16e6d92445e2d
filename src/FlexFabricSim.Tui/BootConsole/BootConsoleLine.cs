namespace FlexFabricSim.Tui.BootConsole;

/// <summary>One line the boot agent prints, with how the console should show it.</summary>
public sealed record BootConsoleLine(string Text, BootConsoleLineKind Kind = BootConsoleLineKind.Normal);
