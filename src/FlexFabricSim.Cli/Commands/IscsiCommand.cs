using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using FlexFabricSim.Net.Chap;
using FlexFabricSim.Net.Iscsi;
using FlexFabricSim.Net.Iscsi.Failures;
using FlexFabricSim.Net.Iscsi.Initiator;

namespace FlexFabricSim.Cli.Commands;

/// <summary><c>flexfabric iscsi discover|read|logins</c>: the simulator's initiator against a real or fake target on the host network.</summary>
public static class IscsiCommand
{
    private static readonly Option<string> Portal = new("--portal") { Description = "Target portal HOST:PORT.", Required = true };
    private static readonly Option<string?> InitiatorName = new("--initiator") { Description = "Initiator IQN (default iqn.2026-11.lab.flexfabricsim:cli)." };
    private static readonly Option<string?> ChapOption = new("--chap") { Description = "USER:SECRET to log in with (CHAP)." };
    private static readonly Option<string?> MutualOption = new("--mutual-chap") { Description = "USER:SECRET the target must prove (mutual CHAP)." };

    /// <summary>Builds <c>iscsi</c> and its subcommands.</summary>
    public static Command Create()
    {
        var iscsi = new Command("iscsi", "The simulator's iSCSI initiator on the host network.");
        iscsi.Subcommands.Add(CreateDiscover());
        iscsi.Subcommands.Add(CreateRead());
        iscsi.Subcommands.Add(CreateLogins());
        return iscsi;
    }

    private static Command CreateDiscover()
    {
        var command = new Command("discover", "SendTargets=All through a discovery session; prints 'NAME PORTAL' lines.") { Portal, InitiatorName, ChapOption };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            if (!TryCommon(parseResult, out var portal, out var options, out var code))
            {
                return code;
            }
            return await Guard(parseResult, async () =>
            {
                var targets = await IscsiSession.DiscoverAsync(portal, options, HostTcp.ConnectAsync, TimeProvider.System, cancellationToken);
                foreach (var t in targets)
                {
                    parseResult.InvocationConfiguration.Output.WriteLine($"{t.Name} {string.Join(' ', t.Portals)}");
                }
                return 0;
            });
        });
        return command;
    }

    private static Command CreateRead()
    {
        var target = new Option<string>("--target") { Description = "Target IQN.", Required = true };
        var lun = new Option<int>("--lun") { Description = "LUN number." };
        var output = new Option<string?>("--output") { Description = "Write the blocks to FILE ('-' for stdout)." };
        var depth = new Option<int>("--queue-depth") { Description = "READ commands in flight.", DefaultValueFactory = _ => 8 };
        var transfer = new Option<int>("--transfer-kib") { Description = "KiB per READ command.", DefaultValueFactory = _ => 256 };
        var passes = new Option<int>("--passes")
        {
            Description = "Read the LUN this many times in one session, one line per pass (later passes run warm: no JIT start-up).",
            DefaultValueFactory = _ => 1,
        };
        var command = new Command("read", "Logs in, attaches the LUN and reads it whole; prints size, SHA-256 and MB/s per pass.")
        {
            Portal, InitiatorName, ChapOption, MutualOption, target, lun, output, depth, transfer, passes,
        };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            if (!TryCommon(parseResult, out var portal, out var options, out var code))
            {
                return code;
            }
            var passCount = parseResult.GetValue(passes);
            if (passCount < 1 || (passCount > 1 && parseResult.GetValue(output) is not null))
            {
                parseResult.InvocationConfiguration.Error.WriteLine("--passes must be at least 1, and 1 with --output");
                return 2;
            }
            options = options with
            {
                QueueDepth = Math.Clamp(parseResult.GetValue(depth), 1, 128),
                MaxTransferLength = Math.Clamp(parseResult.GetValue(transfer), 1, 16 * 1024) * 1024,
            };
            return await Guard(parseResult, async () =>
            {
                await using var session = await IscsiSession.LoginAsync(portal, parseResult.GetValue(target)!, options, HostTcp.ConnectAsync,
                    TimeProvider.System, cancellationToken);
                var attached = await session.AttachAsync(parseResult.GetValue(lun), cancellationToken);
                await using var sink = OpenSink(parseResult.GetValue(output));
                var report = parseResult.GetValue(output) == "-" ? parseResult.InvocationConfiguration.Error : parseResult.InvocationConfiguration.Output;
                for (var pass = 1; pass <= passCount; pass++)
                {
                    var (sha256, seconds) = await ReadWholeLunAsync(session, attached, sink, cancellationToken);
                    var total = attached.Capacity.Bytes;
                    report.WriteLine(string.Create(CultureInfo.InvariantCulture,
                        $"pass={pass} bytes={total} sha256={sha256} seconds={seconds:0.000} MBps={total / 1e6 / seconds:0.0}"));
                }
                await session.LogoutAsync(cancellationToken);
                return 0;
            });
        });
        return command;
    }

    /// <summary>Reads every block in 16 MiB chunks; returns the SHA-256 and the seconds spent in iSCSI reads (not hashing or writing).</summary>
    private static async Task<(string Sha256, double Seconds)> ReadWholeLunAsync(IscsiSession session, IscsiAttachedLun attached, Stream? sink,
        CancellationToken cancellationToken)
    {
        var blockSize = (int)attached.Capacity.BlockLength;
        var chunkBlocks = Math.Max(1, (16 << 20) / blockSize);
        var buffer = new byte[chunkBlocks * blockSize];
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var clock = new Stopwatch();
        for (ulong lba = 0; lba < attached.Capacity.BlockCount; lba += (ulong)chunkBlocks)
        {
            var blocks = (int)Math.Min((ulong)chunkBlocks, attached.Capacity.BlockCount - lba);
            var bytes = buffer.AsMemory(0, blocks * blockSize);
            clock.Start();
            await session.ReadAsync(attached.Lun, lba, blocks, blockSize, bytes, cancellationToken);
            clock.Stop();
            sha.AppendData(bytes.Span);
            if (sink is not null)
            {
                await sink.WriteAsync(bytes, cancellationToken);
            }
        }
        return (Convert.ToHexStringLower(sha.GetHashAndReset()), clock.Elapsed.TotalSeconds);
    }

    private static Command CreateLogins()
    {
        var target = new Option<string>("--target") { Description = "Target IQN.", Required = true };
        var count = new Option<int>("--count") { Description = "Login/logout round trips.", DefaultValueFactory = _ => 1000 };
        var command = new Command("logins", "Sequential login/logout round trips; prints p50 and p99 in milliseconds.")
        {
            Portal, InitiatorName, ChapOption, MutualOption, target, count,
        };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            if (!TryCommon(parseResult, out var portal, out var options, out var code))
            {
                return code;
            }
            var n = parseResult.GetValue(count);
            if (n < 1)
            {
                parseResult.InvocationConfiguration.Error.WriteLine("--count must be at least 1");
                return 2;
            }
            return await Guard(parseResult, async () =>
            {
                var times = new double[n];
                for (var i = 0; i < n; i++)
                {
                    var clock = Stopwatch.StartNew();
                    await using (var session = await IscsiSession.LoginAsync(portal, parseResult.GetValue(target)!, options, HostTcp.ConnectAsync,
                        TimeProvider.System, cancellationToken))
                    {
                        await session.LogoutAsync(cancellationToken);
                    }
                    times[i] = clock.Elapsed.TotalMilliseconds;
                }
                Array.Sort(times);
                parseResult.InvocationConfiguration.Output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"logins={n} p50_ms={times[(n - 1) / 2]:0.000} p99_ms={times[Math.Min(n - 1, (int)Math.Ceiling(n * 0.99) - 1)]:0.000} max_ms={times[^1]:0.000}"));
                return 0;
            });
        });
        return command;
    }

    private static bool TryCommon(ParseResult parseResult, out IscsiPortal portal, out IscsiInitiatorOptions options, out int code)
    {
        var error = parseResult.InvocationConfiguration.Error;
        options = null!;
        code = 2;
        if (!IscsiPortal.TryParse(parseResult.GetValue(Portal)!, out portal!))
        {
            error.WriteLine($"--portal '{parseResult.GetValue(Portal)}': expected HOST:PORT");
            return false;
        }
        ChapCredentials? chap = null, mutual = null;
        if (parseResult.GetValue(ChapOption) is { } c && !ChapCredentials.TryParse(c, out chap))
        {
            error.WriteLine("--chap: expected USER:SECRET");
            return false;
        }
        if (parseResult.GetValue(MutualOption) is { } m && (!ChapCredentials.TryParse(m, out mutual) || chap is null))
        {
            error.WriteLine("--mutual-chap: expected USER:SECRET, together with --chap");
            return false;
        }
        options = new IscsiInitiatorOptions
        {
            InitiatorName = parseResult.GetValue(InitiatorName) ?? "iqn.2026-11.lab.flexfabricsim:cli",
            Chap = chap,
            MutualChap = mutual,
        };
        return true;
    }

    private static Stream? OpenSink(string? path) => path switch
    {
        null => null,
        "-" => Console.OpenStandardOutput(),
        _ => File.Create(path),
    };

    /// <summary>Runs <paramref name="body"/>; a classified iSCSI failure prints one line (with the guide's event id) and exits 1.</summary>
    private static async Task<int> Guard(ParseResult parseResult, Func<Task<int>> body)
    {
        try
        {
            return await body();
        }
        catch (IscsiException e)
        {
            parseResult.InvocationConfiguration.Error.WriteLine($"iscsi: {e.Failure.Kind}: {e.Failure}");
            return 1;
        }
        catch (IOException e)
        {
            parseResult.InvocationConfiguration.Error.WriteLine($"iscsi: {e.Message}");
            return 1;
        }
    }
}
