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
        var busy = new Option<int>("--fault-busy") { Description = "Answer the first N SCSI commands with BUSY." };
        var noLogin = new Option<bool>("--fault-no-login-response") { Description = "Never answer login requests." };
        var reject = new Option<string?>("--fault-login-reject") { Description = "Refuse the first login with status CLASS/DETAIL, e.g. 0x0203 or 2/3." };
        var drop = new Option<int?>("--fault-drop-after") { Description = "Drop each connection after N PDUs received." };
        var redirect = new Option<string?>("--fault-redirect") { Description = "Redirect every login to HOST:PORT (status 0x0101)." };
        var readDelay = new Option<int>("--fault-read-delay-ms") { Description = "Delay each READ's data by N milliseconds." };
        var wrongChap = new Option<bool>("--fault-wrong-chap-response") { Description = "Answer mutual CHAP challenges wrongly." };
        var quiet = new Option<bool>("--quiet") { Description = "Print only the listening line, not one line per event." };

        var serve = new Command("serve", "Serve iSCSI targets on a TCP portal until interrupted (Ctrl-C / SIGTERM).")
        {
            portal, targets, luns, chap, mutual, busy, noLogin, reject, drop, redirect, readDelay, wrongChap, quiet,
        };
        serve.SetAction(async (parseResult, cancellationToken) =>
        {
            var output = parseResult.InvocationConfiguration.Output;
            var error = parseResult.InvocationConfiguration.Error;
            if (!IscsiPortal.TryParse(parseResult.GetValue(portal)!, out var listen) || !IPAddress.TryParse(listen.Host, out var address))
            {
                error.WriteLine($"--portal '{parseResult.GetValue(portal)}': expected an IP address and port, e.g. 127.0.0.1:3260");
                return 2;
            }
            if (!TryFaults(parseResult, busy, noLogin, reject, drop, redirect, readDelay, wrongChap, out var faults, out var message))
            {
                error.WriteLine(message);
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

            using var target = new IscsiTarget(new IscsiTargetOptions { Targets = opened, Portal = listen, Faults = faults }, TimeProvider.System, Log);
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

    private static bool TryFaults(ParseResult parseResult, Option<int> busy, Option<bool> noLogin, Option<string?> reject, Option<int?> drop,
        Option<string?> redirect, Option<int> readDelay, Option<bool> wrongChap, out IscsiTargetFaults faults, out string error)
    {
        faults = IscsiTargetFaults.None;
        error = string.Empty;
        IscsiLoginStatus? status = null;
        if (parseResult.GetValue(reject) is { } text)
        {
            if (!TryStatus(text, out var parsed))
            {
                error = $"--fault-login-reject '{text}': expected 0xCCDD or CLASS/DETAIL with a class of 1-3";
                return false;
            }
            status = parsed;
        }
        IscsiPortal? redirectTo = null;
        if (parseResult.GetValue(redirect) is { } address && !IscsiPortal.TryParse(address, out redirectTo))
        {
            error = $"--fault-redirect '{address}': expected HOST:PORT";
            return false;
        }
        if (parseResult.GetValue(busy) < 0 || parseResult.GetValue(readDelay) < 0 || parseResult.GetValue(drop) is < 1)
        {
            error = "fault counts and delays must not be negative (--fault-drop-after at least 1)";
            return false;
        }
        faults = new IscsiTargetFaults
        {
            LunBusyAttempts = parseResult.GetValue(busy),
            NoLoginResponse = parseResult.GetValue(noLogin),
            LoginReject = status,
            DropAfterPdus = parseResult.GetValue(drop),
            RedirectTo = redirectTo,
            ReadDelay = TimeSpan.FromMilliseconds(parseResult.GetValue(readDelay)),
            WrongChapResponse = parseResult.GetValue(wrongChap),
        };
        return true;
    }

    private static bool TryStatus(string text, out IscsiLoginStatus status)
    {
        status = default;
        byte cls, detail;
        if (text.StartsWith("0x", StringComparison.OrdinalIgnoreCase) && text.Length == 6
            && ushort.TryParse(text.AsSpan(2), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var both))
        {
            (cls, detail) = ((byte)(both >> 8), (byte)both);
        }
        else if (text.Split('/') is [var c, var d] && byte.TryParse(c, CultureInfo.InvariantCulture, out cls)
            && byte.TryParse(d, CultureInfo.InvariantCulture, out detail))
        {
        }
        else
        {
            return false;
        }
        status = new IscsiLoginStatus(cls, detail);
        return cls is >= 1 and <= 3;
    }
}
