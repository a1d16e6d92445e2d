using System.CommandLine;
using FlexFabricSim.Device.Nvram;

namespace FlexFabricSim.Cli.Commands.Nvram;

/// <summary><c>flexfabric nvram diff A B</c>: stored values key by key, per port and function. Exit 0 same, 1 different.</summary>
public static class NvramDiffCommand
{
    /// <summary>Exit code when the images differ.</summary>
    public const int Different = 1;

    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var first = new Argument<string>("a") { Description = "The first image." };
        var second = new Argument<string>("b") { Description = "The second image." };
        var command = new Command("diff",
            "Compare two images key by key (including functions 1-3 kept while in single-function mode). Exit 0 if the same, 1 if " +
            "different, 2 if an image is unreadable.")
        {
            first, second,
        };
        command.SetAction(parseResult =>
        {
            var output = parseResult.InvocationConfiguration.Output;
            var error = parseResult.InvocationConfiguration.Error;
            if (NvramFiles.Load(parseResult.GetValue(first)!, error, out var exitA) is not { } a)
            {
                return exitA;
            }
            if (NvramFiles.Load(parseResult.GetValue(second)!, error, out var exitB) is not { } b)
            {
                return exitB;
            }
            var differences = Compare(a, b).ToArray();
            foreach (var line in differences)
            {
                output.WriteLine(line);
            }
            return differences.Length == 0 ? NvramFiles.Ok : Different;
        });
        return command;
    }

    /// <summary>One line per difference, card facts first, then adapter, port and function values.</summary>
    internal static IEnumerable<string> Compare(AdapterConfiguration a, AdapterConfiguration b)
    {
        if (a.Model != b.Model)
        {
            yield return $"model: {a.ModelInfo.Key} -> {b.ModelInfo.Key}";
        }
        if (a.BaseMac != b.BaseMac)
        {
            yield return $"base MAC: {a.BaseMac} -> {b.BaseMac}";
        }
        foreach (var key in new[] { FieldKeys.Rom.IscsiBootFirmware, FieldKeys.Rom.MbaVersion, FieldKeys.Rom.IscsiBootVersion })
        {
            var origin = NvramAddress.OfPort(0);
            if (a.Get(origin, key) != b.Get(origin, key))
            {
                yield return Line("adapter", key, a.Get(origin, key), b.Get(origin, key));
            }
        }
        foreach (var line in CompareValues("adapter", a.AdapterValues, b.AdapterValues))
        {
            yield return line;
        }
        for (var port = 0; port < Math.Min(a.Ports.Count, b.Ports.Count); port++)
        {
            foreach (var line in CompareValues($"port {port}", a.Ports[port].Values, b.Ports[port].Values))
            {
                yield return line;
            }
            for (var function = 0; function < PortConfiguration.StoredFunctions; function++)
            {
                var where = $"port {port} function {function}";
                var valuesA = a.Ports[port].Functions[function].Values;
                var valuesB = b.Ports[port].Functions[function].Values;
                foreach (var line in CompareValues(where, valuesA, valuesB))
                {
                    yield return line;
                }
            }
        }
    }

    private static IEnumerable<string> CompareValues(string where, FieldValues a, FieldValues b)
    {
        // Catalog order, so a diff reads like the menus.
        foreach (var field in FieldCatalog.All)
        {
            var inA = a.TryGetValue(field.Key, out var valueA);
            var inB = b.TryGetValue(field.Key, out var valueB);
            if ((inA || inB) && (inA != inB || valueA != valueB))
            {
                yield return Line(where, field.Key, inA ? valueA : "(none)", inB ? valueB : "(none)");
            }
        }
    }

    private static string Line(string where, string key, string a, string b) =>
        $"{where}: {key}: {NvramFiles.Show(a)} -> {NvramFiles.Show(b)}";
}
