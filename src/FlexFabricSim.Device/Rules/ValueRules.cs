using System.Globalization;
using System.Text;
using FlexFabricSim.Device.Catalog;
using FlexFabricSim.Device.Nvram;

namespace FlexFabricSim.Device.Rules;

/// <summary>
/// Turns the text a user typed into a field's canonical stored string, or says which rule it breaks. Depends only on
/// the field, the IP Version and the model; rules that depend on other fields live in <see cref="ChangeRules"/>.
/// </summary>
internal static class ValueRules
{
    public static RuleViolation? Canonicalize(FieldDefinition field, string raw, IpVersion ipVersion, AdapterModelInfo model,
        out string canonical)
    {
        canonical = "";
        var label = field.LabelFor(ipVersion);
        switch (field.Kind)
        {
            case FieldKind.Choice:
                var choice = field.Choices.FirstOrDefault(c => Matches(c, raw));
                if (choice is null)
                {
                    return Violation(RuleId.NotAChoice, field,
                        $"'{raw}' is not a value of {label}; allowed: {string.Join(", ", field.Choices.Select(c => c.Value))}.");
                }
                canonical = choice.Value;
                return ChoiceAllowed(field, canonical, model);

            case FieldKind.Integer:
                var digits = raw.Trim();
                if (digits.Length is 0 or > 9 || digits.AsSpan().ContainsAnyExceptInRange('0', '9'))
                {
                    return Violation(RuleId.NotAnInteger, field, $"{label} takes a whole number {field.Min}-{field.Max}, not '{raw}'.");
                }
                var number = int.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);
                if (number < field.Min || number > field.Max)
                {
                    return Violation(RuleId.OutOfRange, field,
                        $"{label} must be between {field.Min} and {field.Max}; {number} is outside.");
                }
                canonical = number.ToString(CultureInfo.InvariantCulture);
                return null;

            case FieldKind.Text:
                canonical = raw;
                return Printable(field, label, raw) ?? MaxLength(field, label, raw.Length, "characters");

            case FieldKind.IpAddress:
                if (!IpText.TryParseAddress(raw, ipVersion, out var address))
                {
                    return Violation(RuleId.InvalidIpAddress, field, ipVersion == IpVersion.Ipv4
                        ? $"{label} needs an IPv4 address in dotted form (e.g. 192.0.2.10) while IP Version is IPv4; '{raw}' is not one."
                        : $"{label} needs an IPv6 address (e.g. 2001:db8::10) while IP Version is IPv6; '{raw}' is not one.");
                }
                canonical = address.ToString();
                return null;

            case FieldKind.SubnetMask:
                if (!IpText.TryParseMask(raw, ipVersion, out canonical))
                {
                    return Violation(RuleId.InvalidSubnetMask, field, ipVersion == IpVersion.Ipv4
                        ? $"{label} needs a contiguous IPv4 mask (e.g. 255.255.255.0) or a prefix length 0-32; '{raw}' is not one."
                        : $"{label} needs a prefix length 0-128 while IP Version is IPv6; '{raw}' is not one.");
                }
                return null;

            case FieldKind.MacAddress:
                if (!MacAddress.TryParse(raw.Trim(), out var mac))
                {
                    return Violation(RuleId.InvalidMacAddress, field,
                        $"{label} needs a MAC address like 00:11:22:33:44:55; '{raw}' is not one.");
                }
                canonical = mac.ToString();
                return null;

            case FieldKind.IscsiName:
                canonical = raw.Trim();
                if (canonical.Length == 0)
                {
                    return null;
                }
                if (MaxLength(field, label, canonical.Length, "characters") is { } tooLong)
                {
                    return tooLong;
                }
                return IscsiNameFormat.Check(canonical) is { } problem
                    ? Violation(RuleId.InvalidIscsiName, field,
                        $"{label} '{canonical}' is not valid: {problem} (RFC 7143 §4.2.7; empty = unset).")
                    : null;

            case FieldKind.ChapId:
                canonical = raw;
                return Printable(field, label, raw) ?? MaxLength(field, label, Encoding.UTF8.GetByteCount(raw), "bytes");

            case FieldKind.ChapSecret:
                canonical = raw;
                if (Printable(field, label, raw) is { } unprintable)
                {
                    return unprintable;
                }
                return raw.Length == 0 || (raw.Length >= field.MinLength && raw.Length <= field.MaxLength)
                    ? null
                    : Violation(RuleId.ChapSecretLength, field,
                        $"{label} must be {field.MinLength} to {field.MaxLength} characters (or empty for none); this one has " +
                        $"{raw.Length}.");

            default:
                throw new ArgumentOutOfRangeException(nameof(field), field.Kind, "Unknown field kind.");
        }
    }

    /// <summary>Choices that are values of the field but that the card still refuses.</summary>
    public static RuleViolation? ChoiceAllowed(FieldDefinition field, string value, AdapterModelInfo model)
    {
        if (field.Key == FieldKeys.General.TargetAsFirstHdd && Choices.IsEnabled(value))
        {
            return Violation(RuleId.TargetAsFirstHddUnsupported, field,
                "Target as First HDD cannot be enabled: HP FlexFabric adapters do not support it.") with { GuidePage = 6 };
        }
        if (field.Key == FieldKeys.Mba.LinkSpeed && !model.Autonegotiates
            && Choices.LinkSpeed.Parse(value) is var speed && speed != LinkSpeedSetting.TenGbps)
        {
            return Violation(RuleId.LinkSpeedNotSupportedByMedia, field,
                $"The {model.Key} has SFP+ ports, which run at 10Gbps only and do not autonegotiate; {Choices.LinkSpeed.ToLabel(speed)} " +
                $"is not possible.")
                with { GuidePage = 26 };
        }
        if (field.Key == FieldKeys.Mba.LinkSpeed && Choices.LinkSpeed.Parse(value) is LinkSpeedSetting.OneGbps
            && !model.Supports(LinkSpeed.OneGigabit))
        {
            return Violation(RuleId.LinkSpeedNotSupportedByMedia, field, $"The {model.Key}'s ports cannot run at 1Gbps.");
        }
        return null;
    }

    private static bool Matches(FieldChoice choice, string raw)
    {
        var typed = raw.Trim();
        return typed.Equals(choice.Value, StringComparison.OrdinalIgnoreCase)
            || typed.Equals(choice.Label, StringComparison.OrdinalIgnoreCase);
    }

    private static RuleViolation? Printable(FieldDefinition field, string label, string raw) =>
        raw.AsSpan().ContainsAnyExceptInRange((char)0x20, (char)0x7E)
            ? Violation(RuleId.InvalidCharacters, field, $"{label} takes printable ASCII characters only, as the card's menus do.")
            : null;

    private static RuleViolation? MaxLength(FieldDefinition field, string label, int length, string unit) =>
        length > field.MaxLength
            ? Violation(RuleId.TooLong, field, $"{label} holds at most {field.MaxLength} {unit}; this one has {length}.")
            : null;

    private static RuleViolation Violation(RuleId rule, FieldDefinition field, string message) =>
        new(rule, field.Key, message, field.GuidePage);
}
