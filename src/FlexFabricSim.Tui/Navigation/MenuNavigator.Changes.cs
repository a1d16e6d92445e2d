using FlexFabricSim.Device.Nvram;
using FlexFabricSim.Device.Rules;
using FlexFabricSim.Tui.Screens;

namespace FlexFabricSim.Tui.Navigation;

// Changes, saves and leaving screens: every change is the device model's decision; consequences are confirmed first.
public sealed partial class MenuNavigator
{
    /// <summary>Asks the device model for a change; a refusal shows its message and changes nothing (G p.9: CHAP secret length).</summary>
    private void Propose(NvramAddress at, string key, string value)
    {
        switch (Session.Propose(at, key, value))
        {
            case ChangeOutcome.Refused refused:
                Dialog = CardDialog.Refusal(refused.Violation);
                break;
            case ChangeOutcome.Accepted { Consequences.Count: 0 } accepted:
                Adopt(accepted);
                break;
            case ChangeOutcome.Accepted accepted:
                // The card warns before a change that takes others with it (IP Version: "all IP settings are lost", G p.6).
                var lines = accepted.Consequences.Select(c => c.GuidePage is { } p ? $"{c.Message} (G p.{p})" : c.Message)
                    .Append("Continue?").ToList();
                Dialog = CardDialog.Question("Warning", lines,
                    DialogOption.Letter('y', "Yes, change it", () => Adopt(accepted)),
                    DialogOption.Letter('n', "No, keep it", () => { }),
                    DialogOption.Key(CardKey.Escape, "ESC", "Cancel", () => { }));
                break;
        }
    }

    private void Adopt(ChangeOutcome.Accepted accepted)
    {
        Session.Adopt(accepted);
        Revalidate();
    }

    private void Choose(MenuEntry action)
    {
        switch (action)
        {
            case MenuEntry.Open { Screen.Kind: ScreenKind.IscsiMain } when !Working.OptionRom.HasIscsiBootFirmware:
                // The card does nothing here (G p.6); the remark is the simulator's, for the trainee (T8, G p.27).
                Status = "Nothing happens: no iSCSI boot firmware on this card (G p.6; T8, G p.27).";
                break;
            case MenuEntry.Open { Screen.Kind: ScreenKind.IscsiMain } open:
                _iscsiEntry = Working;
                Push(open.Screen);
                break;
            case MenuEntry.Open open:
                Push(open.Screen);
                break;
            case MenuEntry.ExitAndSave:
                if (SaveAll("iSCSI Boot Configuration saved."))
                {
                    LeaveIscsiMenu();
                }
                break;
        }
    }

    /// <summary>ESC: leaves the screen, asking first where the card would (unsaved changes).</summary>
    private void Back()
    {
        switch (Top.Ref.Kind)
        {
            case ScreenKind.IscsiMain when _iscsiEntry is { } entry && !entry.Equals(Working):
                Dialog = CardDialog.Question("Exit iSCSI Boot Configuration", ["The iSCSI boot settings were changed."],
                    DialogOption.Letter('y', "Exit and Save Configuration", () =>
                    {
                        if (SaveAll("iSCSI Boot Configuration saved."))
                        {
                            LeaveIscsiMenu();
                        }
                    }),
                    DialogOption.Letter('n', "Exit and discard changes", () =>
                    {
                        Session.Revert(entry);
                        Revalidate();
                        LeaveIscsiMenu();
                    }),
                    DialogOption.Key(CardKey.Escape, "ESC", "Stay", () => { }));
                break;
            case ScreenKind.IscsiMain:
                LeaveIscsiMenu();
                break;
            case ScreenKind.MbaMenu or ScreenKind.DeviceList when Session.IsDirty:
                // Leaving a port's MBA menu (or the utility) with unsaved changes: the card asks first.
                Dialog = CardDialog.Question("Exit Configuration", ["The configuration was changed but not saved."],
                    DialogOption.Letter('y', "Save and exit", () =>
                    {
                        if (SaveAll("Configuration saved."))
                        {
                            Pop();
                        }
                    }),
                    DialogOption.Letter('n', "Exit without saving", () =>
                    {
                        Session.DiscardAll();
                        Revalidate();
                        Pop();
                    }),
                    DialogOption.Key(CardKey.Escape, "ESC", "Stay", () => { }));
                break;
            default:
                Pop();
                break;
        }
    }

    private void LeaveIscsiMenu()
    {
        _iscsiEntry = null;
        Pop();
    }

    /// <summary>Writes the working configuration through the store; a failure shows a message and keeps everything as it was.</summary>
    private bool SaveAll(string done)
    {
        if (Session.Save() is { } problem)
        {
            Dialog = CardDialog.Failure("Save Failed", problem, "Nothing was written; the previous configuration is intact.");
            return false;
        }
        Status = $"{done} ({Session.Store.Description})";
        return true;
    }
}
