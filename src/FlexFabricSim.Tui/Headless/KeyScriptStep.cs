using Terminal.Gui.Drivers;
using Terminal.Gui.Input;

namespace FlexFabricSim.Tui.Headless;

/// <summary>One step of a <see cref="KeyScript"/>: a key press, a run of typed text, or a pause in virtual time.</summary>
public abstract record KeyScriptStep
{
    private protected KeyScriptStep()
    {
    }
}

/// <summary>Presses one key (with its modifiers), e.g. <c>ctrl+s</c> or <c>f4</c>.</summary>
/// <param name="Code">The Terminal.Gui key code, modifier flags included.</param>
/// <param name="Token">The key's name as written in the script, for messages and round trips.</param>
public sealed record KeyPress(KeyCode Code, string Token) : KeyScriptStep
{
    /// <summary>A fresh Terminal.Gui key for this press (Terminal.Gui keys are mutable, so never share one).</summary>
    public Key ToKey() => new(Code);
}

/// <summary>Types <paramref name="Text"/> one character at a time, as a user would (<c>"192.0.2.10"</c>).</summary>
public sealed record TypeText(string Text) : KeyScriptStep;

/// <summary>Lets <paramref name="Duration"/> of virtual time pass (<c>wait:5s</c>), e.g. to let the banner time out.</summary>
public sealed record Wait(TimeSpan Duration) : KeyScriptStep;
