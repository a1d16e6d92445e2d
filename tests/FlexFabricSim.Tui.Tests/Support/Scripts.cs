namespace FlexFabricSim.Tui.Tests.Support;

/// <summary>Key scripts that reach each screen from power-on, in the <c>--keys</c> syntax (rows as the card lists them).</summary>
internal static class Scripts
{
    /// <summary>The setup key at the banner, then port 0 in the device list: the MBA Configuration menu.</summary>
    public const string ToMba = "ctrl+s,enter";

    /// <summary>Boot Protocol to iSCSI (G p.6 step 3), then the iSCSI Boot Configuration entry (step 4).</summary>
    public const string ToIscsi = ToMba + ",down,right,end,up,enter";

    /// <summary>General Parameters.</summary>
    public const string ToGeneral = ToIscsi + ",enter";

    /// <summary>Initiator Parameters.</summary>
    public const string ToInitiator = ToIscsi + ",down,enter";

    /// <summary>1st Target Parameters.</summary>
    public const string ToTarget1 = ToIscsi + ",down,down,enter";

    /// <summary>2nd Target Parameters.</summary>
    public const string ToTarget2 = ToIscsi + ",down,down,down,enter";

    /// <summary>Secondary Device Parameters.</summary>
    public const string ToSecondary = ToIscsi + ",down,down,down,down,enter";

    /// <summary>The Multi-Function Configuration entry of the MBA menu.</summary>
    public const string ToMultiFunction = ToMba + ",end,enter";
}
