using FlexFabricSim.Device.Nvram;
using FlexFabricSim.Device.Rules;

namespace FlexFabricSim.Tui.Navigation;

/// <summary>
/// The configuration being edited: an immutable working copy and the copy last saved to NVRAM. Every change goes
/// through the device model's rules; nothing reaches the store until a save.
/// </summary>
public sealed class EditSession
{
    /// <summary>Starts editing <paramref name="saved"/>, which <paramref name="store"/> already holds.</summary>
    public EditSession(AdapterConfiguration saved, IConfigurationStore store)
    {
        Saved = saved ?? throw new ArgumentNullException(nameof(saved));
        Working = saved;
        Store = store ?? throw new ArgumentNullException(nameof(store));
    }

    /// <summary>The configuration with every accepted change.</summary>
    public AdapterConfiguration Working { get; private set; }

    /// <summary>The configuration as last saved (what the card boots with).</summary>
    public AdapterConfiguration Saved { get; private set; }

    /// <summary>Where saves go.</summary>
    public IConfigurationStore Store { get; }

    /// <summary>Whether there are changes not yet saved.</summary>
    public bool IsDirty => !Working.Equals(Saved);

    /// <summary>Asks the device model to change one value; adopting an accepted result is a separate step (<see cref="Adopt"/>).</summary>
    public ChangeOutcome Propose(NvramAddress at, string key, string value) => Working.TryChange(at, key, value);

    /// <summary>Makes an accepted result the working copy.</summary>
    public void Adopt(ChangeOutcome.Accepted accepted)
    {
        ArgumentNullException.ThrowIfNull(accepted);
        Working = accepted.Result;
    }

    /// <summary>Goes back to an earlier working copy (leaving a menu without saving).</summary>
    public void Revert(AdapterConfiguration earlier) => Working = earlier ?? throw new ArgumentNullException(nameof(earlier));

    /// <summary>Drops every unsaved change.</summary>
    public void DiscardAll() => Working = Saved;

    /// <summary>Writes the working copy to the store; on failure nothing changes and the store's message is returned.</summary>
    /// <returns>null when saved, else why not.</returns>
    public string? Save()
    {
        try
        {
            Store.Save(Working);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return ex.Message;
        }
        Saved = Working;
        return null;
    }
}
