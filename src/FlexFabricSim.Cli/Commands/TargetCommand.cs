using System.CommandLine;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using FlexFabricSim.Net.Chap;
using FlexFabricSim.Net.Iscsi;
using FlexFabricSim.Net.Iscsi.Target;
using FlexFabricSim.Net.Scsi;

namespace FlexFabricSim.Cli.Commands;

/// <summary><c>flexfabric target serve</c>: the fake iSCSI target on a host TCP port, for real initiators and the lab.</summary>
public static class TargetCommand
{
    /// <summary>Builds <c>target</c> and its <c>serve</c> subcommand.</summary>
    public static Command Create()
    {
        var target = new Command("target", "The fake iSCSI target.");
        target.Subcommands.Add(CreateServe());
        return target;
    }

    private static Command CreateServe()
    {
        var portal = new Option<string>("--portal") { Description = "Address and port to listen on, e.g. 127.0.0.1:3260 or [::1]:3260.", DefaultValueFactory = _ => "127.0.0.1:3260" };
        var targets = new Option<string[]>("--target") { Description = "A target IQN; the --lun, --chap and --mutual-chap after it belong to it. Repeatable.", Required = true };
        var luns = new Option<string[]>("--lun") { Description = "N=FILE[,ro][,size=SIZE] (a missing file is created sparse) or N=mem:SIZE. Repeatable." };
        var chap = new Option<string[]>("--chap") { Description = "USER:SECRET the initiator must log in with (one-way CHAP)." };
        var mutual = new Option<string[]>("--mutual-chap") { Description = "USER:SECRET the target answers an initiator's challenge with (mutual CHAP)." };
        var nopInterval = new Option<int?>("--nop-in-interval") { Description = "Ping each session with a NOP-In every N seconds (keep-alive)." };
        var nopTimeout = new Option<int>("--nop-in-timeout")
        {
            Description = "Drop a session whose initiator has not answered a ping within N seconds.",
            DefaultValueFactory = _ => 30,
        };
        var faultOptions = new TargetFaultOptions();
        var quiet = new Option<bool>("--quiet") { Description = "Print only the listening line, not one line per event." };

        var serve = new Command("serve", "Serve iSCSI targets on a TCP portal until interrupted (Ctrl-C / SIGTERM).")
        {
            portal, targets, luns, chap, mutual, nopInterval, nopTimeout, quiet,
        };
        foreach (var option in faultOptions.All)
        {
            serve.Options.Add(option);
        }
        serve.SetAction(async (parseResult, cancellationToken) =>
        {
            var output = parseResult.InvocationConfiguration.Output;
            var error = parseResult.InvocationConfiguration.Error;
            if (!IscsiPortal.TryParse(parseResult.GetValue(portal)!, out var listen) || !IPAddress.TryParse(listen.Host, out var address))
            {
                error.WriteLine($"--portal '{parseResult.GetValue(portal)}': expected an IP address and port, e.g. 127.0.0.1:3260");
                return 2;
            }
            if (!faultOptions.TryBuild(parseResult, out var faults, out var message))
            {
                error.WriteLine(message);
                return 2;
            }
            if (parseResult.GetValue(nopInterval) is < 1 || parseResult.GetValue(nopTimeout) < 1)
            {
                error.WriteLine("--nop-in-interval and --nop-in-timeout must be at least 1 second");
                return 2;
            }
            if (!TryTargets(parseResult, out var definitions, out message))
            {
                error.WriteLine(message);
                return 2;
            }

            var quietly = parseResult.GetValue(quiet);
            var gate = new object();
            void Log(string line)
            {
                if (!quietly)
                {
                    lock (gate)
                    {
                        output.WriteLine(line);
                    }
                }
            }

            List<IscsiTargetDefinition> opened;
            try
            {
                opened = definitions.Select(d => new IscsiTargetDefinition(d.Name,
                    d.Luns.Select(l => new ScsiLogicalUnit(l.Number, l.Open())).ToList(), d.Chap, d.MutualChap)).ToList();
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException)
            {
                error.WriteLine($"cannot open a LUN: {e.Message}");
                return 1;
            }

            var options = new IscsiTargetOptions
            {
                Targets = opened,
                Portal = listen,
                Faults = faults,
                NopInInterval = parseResult.GetValue(nopInterval) is { } seconds ? TimeSpan.FromSeconds(seconds) : null,
                NopInTimeout = TimeSpan.FromSeconds(parseResult.GetValue(nopTimeout)),
            };
            using var target = new IscsiTarget(options, TimeProvider.System, Log);
            var listener = new TcpListener(address, listen.Port);
            try
            {
                listener.Start();
            }
            catch (SocketException e)
            {
                error.WriteLine($"cannot listen on {listen}: {e.Message}");
                return 1;
            }
            var port = ((IPEndPoint)listener.LocalEndpoint).Port;
            lock (gate)
            {
                output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"listening on {listen with { Port = port }} serving {string.Join(", ", opened.Select(t => $"{t.Name} ({t.Units.Count} LUN{(t.Units.Count == 1 ? "" : "s")})"))}"));
                output.Flush();
            }
            var connections = new List<Task>();
            try
            {
                while (!cancellationToken.IsCancellationRequested)
                {
                    var socket = await listener.AcceptSocketAsync(cancellationToken);
                    socket.NoDelay = true;
                    Log($"connection from {socket.RemoteEndPoint}");
                    connections.Add(target.ServeAsync(new NetworkStream(socket, ownsSocket: true), cancellationToken));
                    connections.RemoveAll(t => t.IsCompleted);
                }
            }
            catch (OperationCanceledException)
            {
                // Ctrl-C or SIGTERM: stop accepting, let sessions end, flush every LUN (target.Dispose).
            }
            finally
            {
                listener.Stop();
            }
            try
            {
                await Task.WhenAll(connections).WaitAsync(TimeSpan.FromSeconds(5), CancellationToken.None);
            }
            catch (TimeoutException)
            {
                Log("sessions still open after 5 s; closing anyway");
            }
            Log("stopped");
            return 0;
        });
        return serve;
    }

    private sealed record TargetSpec(string Name, List<LunSpec> Luns, ChapCredentials? Chap, ChapCredentials? MutualChap);

    /// <summary>Groups --lun/--chap/--mutual-chap under the --target before them, in command-line order.</summary>
    private static bool TryTargets(ParseResult parseResult, out List<TargetSpec> targets, out string error)
    {
        targets = [];
        error = string.Empty;
        string? pendingOption = null;
        foreach (var token in parseResult.Tokens)
        {
            if (token.Type == System.CommandLine.Parsing.TokenType.Option)
            {
                pendingOption = token.Value;
                continue;
            }
            if (token.Type != System.CommandLine.Parsing.TokenType.Argument || pendingOption is null)
            {
                continue;
            }
            var value = token.Value;
            var option = pendingOption;
            pendingOption = null;
            if (option == "--target")
            {
                if (value.Length == 0 || targets.Any(t => string.Equals(t.Name, value, StringComparison.OrdinalIgnoreCase)))
                {
                    error = $"--target '{value}': empty or given twice";
                    return false;
                }
                targets.Add(new TargetSpec(value, [], null, null));
                continue;
            }
            if (option is not ("--lun" or "--chap" or "--mutual-chap"))
            {
                continue;
            }
            if (targets.Count == 0)
            {
                error = $"{option} '{value}' comes before any --target";
                return false;
            }
            var current = targets[^1];
            if (option == "--lun")
            {
                if (!LunSpec.TryParse(value, out var lun, out error))
                {
                    return false;
                }
                if (current.Luns.Any(l => l.Number == lun!.Number))
                {
                    error = $"--lun {lun!.Number} given twice for {current.Name}";
                    return false;
                }
                current.Luns.Add(lun!);
                continue;
            }
            if (!ChapCredentials.TryParse(value, out var credentials))
            {
                error = $"{option} '{value}': expected USER:SECRET";
                return false;
            }
            targets[^1] = option == "--chap" ? current with { Chap = credentials } : current with { MutualChap = credentials };
        }
        foreach (var t in targets.Where(t => t.Luns.Count == 0))
        {
            error = $"--target {t.Name} has no --lun";
            return false;
        }
        foreach (var t in targets.Where(t => t.MutualChap is not null && t.Chap is null))
        {
            error = $"--target {t.Name}: --mutual-chap needs --chap too";
            return false;
        }
        if (targets.Count == 0)
        {
            error = "no --target given";
            return false;
        }
        return true;
    }
}
