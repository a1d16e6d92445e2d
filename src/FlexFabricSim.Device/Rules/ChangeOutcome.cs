using FlexFabricSim.Device.Nvram;

namespace FlexFabricSim.Device.Rules;

/// <summary>The result of <see cref="AdapterConfiguration.TryChange"/>: <see cref="Accepted"/> or <see cref="Refused"/>.</summary>
public abstract record ChangeOutcome
{
    private protected ChangeOutcome()
    {
    }

    /// <summary>The change is allowed: <see cref="Result"/> is the new configuration; confirm <see cref="Consequences"/> before adopting
    /// it.</summary>
    /// <param name="Result">The configuration with the change applied.</param>
    /// <param name="Consequences">Side effects the user should confirm (may be empty).</param>
    public sealed record Accepted(AdapterConfiguration Result, IReadOnlyList<Consequence> Consequences) : ChangeOutcome;

    /// <summary>The change is not allowed; the configuration is unchanged.</summary>
    /// <param name="Violation">The rule that refused it.</param>
    public sealed record Refused(RuleViolation Violation) : ChangeOutcome;

    /// <summary>Whether the change was accepted.</summary>
    public bool IsAccepted => this is Accepted;
}
