using System.CommandLine;
using FlexFabricSim.Device.Nvram;
using FlexFabricSim.Device.Rules;

namespace FlexFabricSim.Cli.Commands.Nvram;

/// <summary>
/// <c>flexfabric nvram set FILE --port N [--function N] KEY=VALUE...</c>: changes applied in order through the card's
/// rules, all or nothing. A refused change exits 2, names the rule and guide page on stderr, and leaves the file
/// byte-identical.
/// </summary>
public static class NvramSetCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var file = new Argument<string>("file") { Description = "The image to change (saved atomically)." };
        var assignments = new Argument<string[]>("assignments")
        {
            Description = "KEY=VALUE pairs, e.g. iscsi.target1.boot-lun=3 (keys: 'flexfabric nvram show'). An empty value is written KEY=.",
            Arity = ArgumentArity.OneOrMore,
        };
        var port = new Option<int>("--port") { Description = "Port, from 0.", Required = true };
        var function = new Option<int>("--function")
        {
            Description = "Function, from 0 (above 0 only in Multi-Function mode).",
            DefaultValueFactory = _ => 0,
        };
        var command = new Command("set", "Change fields as the card's menus would: every rule is enforced, all changes or none.")
        {
            file, assignments, port, function,
        };
        command.SetAction(parseResult =>
        {
            var output = parseResult.InvocationConfiguration.Output;
            var error = parseResult.InvocationConfiguration.Error;
            var path = parseResult.GetValue(file)!;
            var changes = new List<(string Key, string Value)>();
            foreach (var assignment in parseResult.GetValue(assignments) ?? [])
            {
                var equals = assignment.IndexOf('=');
                if (equals <= 0)
                {
                    error.WriteLine($"'{assignment}' is not KEY=VALUE (e.g. iscsi.target1.boot-lun=3).");
                    return NvramFiles.Refused;
                }
                changes.Add((assignment[..equals].Trim(), assignment[(equals + 1)..]));
            }
            if (NvramFiles.Load(path, error, out var exitCode) is not { } config)
            {
                return exitCode;
            }
            var at = new NvramAddress(parseResult.GetValue(port), parseResult.GetValue(function));
            // One change at a time (as AdapterConfiguration.TryChangeAll does) so a refusal names the exact assignment;
            // nothing is saved unless every change is accepted.
            var current = config;
            var consequences = new List<Consequence>();
            foreach (var (key, value) in changes)
            {
                switch (current.TryChange(at, key, value))
                {
                    case ChangeOutcome.Refused refused:
                        var violation = refused.Violation;
                        error.WriteLine($"{path}: refused {key}={value} at {at}: {violation.Message}");
                        var page = violation.GuidePage is { } p ? $"; guide p.{p}" : "";
                        error.WriteLine($"  rule: {violation.Rule}{page}. Nothing was changed.");
                        return NvramFiles.Refused;
                    case ChangeOutcome.Accepted accepted:
                        current = accepted.Result;
                        consequences.AddRange(accepted.Consequences);
                        break;
                }
            }
            return Apply(output, error, path, config, current, consequences, at, changes);
        });
        return command;
    }

    private static int Apply(TextWriter output, TextWriter error, string path, AdapterConfiguration before, AdapterConfiguration after,
        IReadOnlyList<Consequence> consequences, NvramAddress at, IReadOnlyList<(string Key, string Value)> changes)
    {
        foreach (var key in changes.Select(c => c.Key).Distinct())
        {
            output.WriteLine($"{at}: {key}: {NvramFiles.Show(before.Get(at, key))} -> {NvramFiles.Show(after.Get(at, key))}");
        }
        foreach (var consequence in consequences)
        {
            output.WriteLine($"note: {consequence}");
        }
        if (after == before)
        {
            output.WriteLine($"{path}: no change.");
            return NvramFiles.Ok;
        }
        return NvramFiles.Save(path, after, error);
    }
}
