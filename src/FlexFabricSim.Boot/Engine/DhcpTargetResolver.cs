using System.Globalization;
using FlexFabricSim.Boot.Events;
using FlexFabricSim.Boot.Flow;
using FlexFabricSim.Device.Nvram;
using FlexFabricSim.Net.Errors;
using FlexFabricSim.Net.RootPaths;

namespace FlexFabricSim.Boot.Engine;

/// <summary>
/// Decides the targets and the initiator name when iSCSI parameters come from DHCP (G p.8-11): the vendor sub-options when
/// the vendor class matched DHCP Vendor ID and they name a target, otherwise option 17 (IPv4 only). With the vendor
/// options the initiator name is sub-option 203 or the MAC-based default (the Initiator screen is ignored); with option 17
/// it is the screen's name or the default. CHAP always comes from the screens (see <see cref="EffectiveConfiguration"/>).
/// </summary>
public static class DhcpTargetResolver
{
    /// <summary>The targets, initiator name and the events the decision leaves; <see cref="DhcpTargetResolution.Failure"/> when no target is usable.</summary>
    public static DhcpTargetResolution Resolve(DhcpIscsiOptions options, EffectiveConfiguration config)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(config);
        var notes = new List<(EngineCode Code, string Message)>();
        var invalid = new List<string>();

        if (options.HasVendorOptions && !options.VendorMatched)
        {
            notes.Add((EngineCode.VendorClassMismatch,
                $"The {options.Protocol} answer's vendor class '{options.VendorClass ?? "(none)"}' does not match DHCP Vendor ID "
                + $"'{config.DhcpVendorId}': its iSCSI vendor options (201-203) are ignored."));
        }

        var targets = new List<BootTarget>();
        var initiatorName = config.InitiatorName;
        if (options.VendorMatched)
        {
            AddTarget(targets, invalid, 1, options.FirstTarget, $"{options.Protocol} sub-option 201", config);
            AddTarget(targets, invalid, 2, options.SecondTarget, $"{options.Protocol} sub-option 202", config);
            if (targets.Count > 0)
            {
                // The vendor options replace the Initiator screen too (G p.8): sub-option 203, else the MAC-based default.
                initiatorName = string.IsNullOrEmpty(options.InitiatorName) ? config.DefaultInitiatorName : options.InitiatorName;
            }
        }
        if (targets.Count == 0 && options.RootPath is not null)
        {
            AddTarget(targets, invalid, 1, options.RootPath, $"{options.Protocol} option 17", config);
        }

        StepFailure? failure = null;
        if (targets.Count == 0)
        {
            failure = invalid.Count > 0
                ? new StepFailure(BootEventId.Engine(EngineCode.RootPathInvalid), string.Join(" ", invalid), new GuideReference(9))
                : new StepFailure(BootEventId.Engine(EngineCode.DhcpNoTarget),
                    $"iSCSI parameters via DHCP is Enabled but the {options.Protocol} answer names no target: it has no root path "
                    + "(option 17) and no matched vendor options with sub-option 201 or 202.", new GuideReference(9));
        }
        else
        {
            notes.AddRange(invalid.Select(i => (EngineCode.RootPathInvalid, i)));
        }
        return new DhcpTargetResolution(targets, initiatorName, notes, failure);
    }

    private static void AddTarget(List<BootTarget> targets, List<string> invalid, int number, string? text, string source,
        EffectiveConfiguration config)
    {
        if (text is null)
        {
            return;
        }
        RootPath path;
        try
        {
            path = RootPath.Parse(text);
        }
        catch (RootPathFormatException e)
        {
            invalid.Add($"{source} '{text}' is not a valid root path: {e.Message}");
            return;
        }
        if (path.ServerAddress is not { } address)
        {
            invalid.Add($"{source} names the server '{path.Server}' by name; the ROM needs an IP address there (no DNS lookup is made).");
            return;
        }
        if (!path.Lun.TryGetNumber(out var lun) || lun > 255)
        {
            invalid.Add(string.Create(CultureInfo.InvariantCulture,
                $"{source} asks for LUN {path.Lun}, which the card's Boot LUN (0-255) cannot address."));
            return;
        }
        targets.Add(new BootTarget(number, address, path.Port, (ulong)lun, path.TargetName, config.TargetChaps[number - 1], source));
    }
}

/// <summary>The outcome of <see cref="DhcpTargetResolver.Resolve"/>.</summary>
/// <param name="Targets">Usable targets, 1st first.</param>
/// <param name="InitiatorName">The initiator name to log in with.</param>
/// <param name="Notes">Events to record (vendor class mismatch, an unusable second root path).</param>
/// <param name="Failure">Why no target is usable, or null.</param>
public sealed record DhcpTargetResolution(
    IReadOnlyList<BootTarget> Targets,
    string InitiatorName,
    IReadOnlyList<(EngineCode Code, string Message)> Notes,
    StepFailure? Failure);
