using System.Globalization;
using System.Text;
using FlexFabricSim.Boot.Lab;
using FlexFabricSim.Boot.Os;
using FlexFabricSim.Scenarios.Format;
using YamlDotNet.Core;
using Version = System.Version;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace FlexFabricSim.Scenarios.Loading;

// The lab section (read by the boot engine's own lab reader) and the OS section.
public static partial class ScenarioLoader
{
    /// <summary>
    /// Reads the <c>lab:</c> mapping with the boot engine's <see cref="LabFileReader"/>, so scenarios and lab files share one
    /// model and one set of rules. The reader takes text, so the mapping's own text is handed over at its original line and
    /// column (blank lines and spaces in front): the reader's line numbers are then the scenario file's.
    /// </summary>
    private static LabDefinition ReadLab(YamlNode node, LoadContext context)
    {
        if (node is not YamlMappingNode)
        {
            throw ScenarioMap.Fail(context.File, node, "lab",
                $"must be a mapping (the lab: port, dhcp4, dhcp6, router, targets), not {ScenarioMap.Describe(node)}");
        }
        var start = (int)node.Start.Index;
        var end = EndOf(node, context.Text);
        var text = new StringBuilder()
            .Append('\n', (int)node.Start.Line - 1)
            .Append(' ', (int)node.Start.Column - 1)
            .Append(context.Text, start, end - start)
            .ToString();
        try
        {
            return LabFileReader.Parse(text, context.File);
        }
        catch (LabFormatException e)
        {
            throw new ScenarioFormatException(context.File, e.Line, ColumnOfLine(node, e.Line), "lab", e.Detail);
        }
    }

    /// <summary>
    /// Where <paramref name="node"/>'s mapping ends in <paramref name="text"/>. The representation model does not keep a
    /// mapping's end, so the parser's events are walked to the matching end event (after a flow mapping's brace, or where a
    /// block mapping's indentation ends).
    /// </summary>
    private static int EndOf(YamlNode node, string text)
    {
        var parser = new Parser(new StringReader(text));
        var depth = 0;
        while (parser.MoveNext())
        {
            var e = parser.Current!;
            if (depth == 0)
            {
                depth = e is MappingStart && e.Start.Index == node.Start.Index ? 1 : 0;
                continue;
            }
            depth += e switch
            {
                MappingStart or SequenceStart => 1,
                MappingEnd or SequenceEnd => -1,
                _ => 0,
            };
            if (depth == 0)
            {
                // A flow mapping's end event sits on its closing brace; the brace belongs to the mapping.
                var end = (int)e.End.Index;
                if (end < text.Length && text[end] == '}')
                {
                    end++;
                }
                return Math.Min(end, text.Length);
            }
        }
        return text.Length;
    }

    /// <summary>The column of the first node on <paramref name="line"/> in <paramref name="node"/> (lab errors carry lines only).</summary>
    private static int ColumnOfLine(YamlNode node, int line) =>
        node.AllNodes.Where(n => n.Start.Line == line).Select(n => (int)n.Start.Column).DefaultIfEmpty(1).Min();

    /// <summary>Reads an <c>os:</c> mapping; <paramref name="previous"/> supplies what a step leaves unchanged.</summary>
    private static OsSetup ReadOs(ScenarioMap map, OsSetup? previous, out IReadOnlyList<string> changes)
    {
        map.AllowOnly("profile", "vbd-driver", "ois-driver", "bxois-start-override", "link-speed-mbps", "teaming", "linux-initrd");
        var written = new List<string>();
        var profile = previous?.Profile;
        if (map.OptionalString("profile") is { } name)
        {
            profile = OsProfiles.Find(name)?.Key
                ?? throw map.FailAt("profile", $"unknown OS '{name}'; valid: {string.Join(", ", OsProfiles.All.Select(p => p.Key))}");
            written.Add($"profile {profile}");
        }
        if (profile is null)
        {
            throw map.FailAt("profile", "is required: the OS installed on the target (e.g. windows-2008-r2)");
        }

        var inputs = previous?.Inputs ?? OsInputs.Prepared;
        if (map.OptionalString("vbd-driver") is { } vbd)
        {
            inputs = inputs with { VirtualBusDeviceDriver = ParseVersion(map, vbd) };
            written.Add($"VBD driver {vbd}");
        }
        if (map.Has("ois-driver"))
        {
            inputs = inputs with { OisDriverInstalled = map.Bool("ois-driver", true) };
            written.Add(inputs.OisDriverInstalled ? "OIS driver installed" : "OIS driver not installed");
        }
        if (map.Has("bxois-start-override"))
        {
            inputs = inputs with { BxoisStartOverride = map.Int("bxois-start-override", 0, 0, 4) };
            written.Add($"bxois StartOverride {inputs.BxoisStartOverride.ToString(CultureInfo.InvariantCulture)}");
        }
        if (map.Has("link-speed-mbps"))
        {
            var speed = map.Int("link-speed-mbps", 0, 10, 10_000);
            if (speed is not (10 or 100 or 1_000 or 10_000))
            {
                throw map.FailAt("link-speed-mbps", $"must be 10, 100, 1000 or 10000, not {speed.ToString(CultureInfo.InvariantCulture)}");
            }
            inputs = inputs with { OsLinkSpeedMbps = speed };
            written.Add($"link speed {speed.ToString(CultureInfo.InvariantCulture)} Mb/s in the OS");
        }
        if (map.Has("teaming"))
        {
            inputs = inputs with { TeamingOnBootAdapter = map.Bool("teaming", false) };
            written.Add(inputs.TeamingOnBootAdapter ? "boot adapter teamed" : "boot adapter not teamed");
        }
        if (map.Has("linux-initrd"))
        {
            inputs = inputs with { LinuxInitrd = map.Enum<LinuxInitrd>("linux-initrd") };
            written.Add($"Linux initrd {YamlNames.Of(inputs.LinuxInitrd)}");
        }
        changes = written;
        return new OsSetup(profile, inputs);
    }

    private static Version ParseVersion(ScenarioMap map, string text)
    {
        if (Version.TryParse(text, out var version))
        {
            return version;
        }
        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var major)
            ? new Version(major, 0)
            : throw map.FailAt("vbd-driver", $"must be a driver version like 5.0 or 7.8.1, not '{text}'");
    }
}
