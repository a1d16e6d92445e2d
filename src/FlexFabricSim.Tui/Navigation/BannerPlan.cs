using FlexFabricSim.Device.Nvram;

namespace FlexFabricSim.Tui.Navigation;

/// <summary>How the banner behaves at power-on, from the saved MBA settings (SPEC "Pre-boot flow").</summary>
/// <remarks>
/// The card shows one banner; its prompt, setup key and timeout come from the first port/function whose Option ROM is
/// enabled (*unverified*: how the 57810's ROM combines the settings of several ports is not documented).
/// </remarks>
/// <param name="At">The port/function whose settings rule the banner.</param>
/// <param name="SetupKey">The key that opens the utility: Ctrl-S or Ctrl-B.</param>
/// <param name="SetupKeyName">The key as the prompt names it.</param>
/// <param name="HidePrompt">Hide Setup Prompt: the prompt is not shown, though the key still works (B).</param>
/// <param name="Timeout">Banner Message Timeout: how long the key is listened for.</param>
public sealed record BannerPlan(NvramAddress At, CardKey SetupKey, string SetupKeyName, bool HidePrompt, TimeSpan Timeout)
{
    /// <summary>The banner for <paramref name="config"/>, or null when no Option ROM is enabled (then there is no banner at all).</summary>
    public static BannerPlan? For(AdapterConfiguration config)
    {
        ArgumentNullException.ThrowIfNull(config);
        foreach (var at in config.Addresses)
        {
            var mba = config.GetMba(at);
            if (!mba.OptionRomEnabled)
            {
                continue;
            }
            var key = mba.SetupKeyStroke == SetupKeyStroke.CtrlB ? CardKey.CtrlB : CardKey.CtrlS;
            return new BannerPlan(at, key, config.GetDisplay(at, FieldKeys.Mba.SetupKeyStroke), mba.HideSetupPrompt,
                TimeSpan.FromSeconds(mba.BannerMessageTimeoutSeconds));
        }
        return null;
    }
}
