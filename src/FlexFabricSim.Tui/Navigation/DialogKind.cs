namespace FlexFabricSim.Tui.Navigation;

/// <summary>What a card message box is for; decides its colours.</summary>
public enum DialogKind
{
    /// <summary>A refused change or a failure: any key closes it.</summary>
    Error,

    /// <summary>A note (saved, nothing to do): any key closes it.</summary>
    Information,

    /// <summary>A question answered with the keys its options name.</summary>
    Question,
}
