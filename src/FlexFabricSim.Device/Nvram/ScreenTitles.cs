namespace FlexFabricSim.Device.Nvram;

/// <summary>The title of each screen as the card's menus (or, for the pseudo-screens, our listings) show it.</summary>
public static class ScreenTitles
{
    /// <summary>The title of <paramref name="screen"/>, e.g. <c>1st Target Parameters</c>.</summary>
    public static string Of(ScreenId screen) => screen switch
    {
        ScreenId.Adapter => "Adapter",
        ScreenId.Addresses => "Addresses",
        ScreenId.MultiFunction => "Multi-Function Configuration",
        ScreenId.Rom => "Option ROM",
        ScreenId.Mba => "MBA Configuration",
        ScreenId.General => "General Parameters",
        ScreenId.Initiator => "Initiator Parameters",
        ScreenId.Target1 => "1st Target Parameters",
        ScreenId.Target2 => "2nd Target Parameters",
        ScreenId.Secondary => "Secondary Device Parameters",
        _ => throw new ArgumentOutOfRangeException(nameof(screen), screen, null),
    };
}
