namespace FlexFabricSim.Device.Nvram;

/// <summary>The MBA Configuration menu of one port/function, typed (G p.6).</summary>
/// <param name="OptionRomEnabled">Option ROM.</param>
/// <param name="BootProtocol">Boot Protocol.</param>
/// <param name="BootStrapType">Boot Strap Type.</param>
/// <param name="HideSetupPrompt">Hide Setup Prompt.</param>
/// <param name="SetupKeyStroke">Setup Key Stroke.</param>
/// <param name="BannerMessageTimeoutSeconds">Banner Message Timeout, 0-14 s.</param>
/// <param name="LinkSpeed">Link Speed.</param>
/// <param name="PreBootWakeOnLan">Pre-boot Wake On LAN.</param>
/// <param name="VlanMode">VLAN Mode.</param>
/// <param name="VlanId">VLAN ID, 1-4094 (kept while VLAN Mode is disabled).</param>
/// <param name="BootRetryCount">Boot Retry Count 0-6; see <paramref name="RetryIndefinitely"/>.</param>
/// <param name="RetryIndefinitely">Boot Retry Count is Indefinite Retries.</param>
public sealed record MbaSettings(
    bool OptionRomEnabled,
    BootProtocol BootProtocol,
    BootStrapType BootStrapType,
    bool HideSetupPrompt,
    SetupKeyStroke SetupKeyStroke,
    int BannerMessageTimeoutSeconds,
    LinkSpeedSetting LinkSpeed,
    bool PreBootWakeOnLan,
    bool VlanMode,
    int VlanId,
    int BootRetryCount,
    bool RetryIndefinitely)
{
    internal static MbaSettings From(Func<string, string> get)
    {
        var retries = get(FieldKeys.Mba.BootRetryCount);
        var indefinite = retries == Choices.IndefiniteRetries;
        return new MbaSettings(
            Choices.IsEnabled(get(FieldKeys.Mba.OptionRom)),
            Choices.BootProtocol.Parse(get(FieldKeys.Mba.BootProtocol)),
            Choices.BootStrapType.Parse(get(FieldKeys.Mba.BootStrapType)),
            Choices.IsEnabled(get(FieldKeys.Mba.HideSetupPrompt)),
            Choices.SetupKeyStroke.Parse(get(FieldKeys.Mba.SetupKeyStroke)),
            StoredValue.Int(get(FieldKeys.Mba.BannerMessageTimeout)),
            Choices.LinkSpeed.Parse(get(FieldKeys.Mba.LinkSpeed)),
            Choices.IsEnabled(get(FieldKeys.Mba.PreBootWol)),
            Choices.IsEnabled(get(FieldKeys.Mba.VlanMode)),
            StoredValue.Int(get(FieldKeys.Mba.VlanId)),
            indefinite ? 0 : StoredValue.Int(retries),
            indefinite);
    }
}
