using FlexFabricSim.Device.Rules;

namespace FlexFabricSim.Device.Nvram;

// Changing values: every change goes through the card's rules (Rules/ChangeRules, Rules/ValueRules).
public sealed partial record AdapterConfiguration
{
    /// <summary>Sets <paramref name="key"/> at <paramref name="at"/> to <paramref name="value"/> if the card's rules allow it.</summary>
    /// <param name="at">Port and function (function 0 in single-function mode; ignored beyond validation for adapter-scope fields).</param>
    /// <param name="key">A stable field key, e.g. <c>iscsi.target1.boot-lun</c>.</param>
    /// <param name="value">The value as typed: a choice key or label (<c>enabled</c>, <c>Enabled</c>), a number, an address, text.</param>
    /// <returns>
    /// <see cref="ChangeOutcome.Accepted"/> with the new configuration and any consequences to confirm, or
    /// <see cref="ChangeOutcome.Refused"/>.
    /// </returns>
    public ChangeOutcome TryChange(NvramAddress at, string key, string value)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(value);
        if (ChangeRules.CheckEditable(this, at, key, out var field) is { } locked)
        {
            return new ChangeOutcome.Refused(locked);
        }
        if (ValueRules.Canonicalize(field, value, IpVersionAt(at), ModelInfo, out var canonical) is { } invalid)
        {
            return new ChangeOutcome.Refused(invalid with { At = at });
        }
        var before = Get(at, key);
        var changed = WithStored(at, field, canonical);
        var (result, consequence) = ChangeRules.ApplySideEffects(
            changed, at, field, before, canonical, static (c, a, f, v) => c.WithStored(a, f, v));
        return new ChangeOutcome.Accepted(result, consequence is null ? [] : [consequence]);
    }

    /// <summary>Applies <paramref name="changes"/> in order, each seeing the previous ones; all or nothing.</summary>
    /// <returns>Accepted with every consequence, or the first refusal (and no change at all).</returns>
    public ChangeOutcome TryChangeAll(NvramAddress at, IEnumerable<(string Key, string Value)> changes)
    {
        ArgumentNullException.ThrowIfNull(changes);
        var current = this;
        var consequences = new List<Consequence>();
        foreach (var (key, value) in changes)
        {
            switch (current.TryChange(at, key, value))
            {
                case ChangeOutcome.Accepted accepted:
                    current = accepted.Result;
                    consequences.AddRange(accepted.Consequences);
                    break;
                case ChangeOutcome.Refused refused:
                    return refused;
            }
        }
        return new ChangeOutcome.Accepted(current, consequences);
    }

    /// <summary>Why <paramref name="key"/> cannot be changed at <paramref name="at"/> right now (menus draw such rows read-only), or
    /// <c>null</c>.</summary>
    public RuleViolation? CheckEditable(NvramAddress at, string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return ChangeRules.CheckEditable(this, at, key, out _);
    }

    /// <summary>The choices of a choice field that <see cref="TryChange"/> would accept now, in menu order (empty if the field is locked
    /// or not a choice).</summary>
    public IReadOnlyList<FieldChoice> AllowedChoices(NvramAddress at, string key)
    {
        if (CheckEditable(at, key) is not null)
        {
            return [];
        }
        var field = FieldCatalog.Get(key);
        return [.. field.Choices.Where(c => ValueRules.ChoiceAllowed(field, c.Value, ModelInfo) is null)];
    }
}
