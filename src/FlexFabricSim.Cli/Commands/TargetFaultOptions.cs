using System.CommandLine;
using System.Globalization;
using FlexFabricSim.Net.Iscsi;
using FlexFabricSim.Net.Iscsi.Target;

namespace FlexFabricSim.Cli.Commands;

/// <summary>The <c>--fault-*</c> options of <c>flexfabric target serve</c> and how they become <see cref="IscsiTargetFaults"/>.</summary>
internal sealed class TargetFaultOptions
{
    private readonly Option<int> _busy = new("--fault-busy") { Description = "Answer the first N SCSI commands to each LUN with BUSY." };
    private readonly Option<bool> _noLogin = new("--fault-no-login-response") { Description = "Never answer login requests." };
    private readonly Option<string?> _reject = new("--fault-login-reject") { Description = "Refuse the first login with status CLASS/DETAIL, e.g. 0x0203 or 2/3." };
    private readonly Option<int?> _drop = new("--fault-drop-after") { Description = "Drop each connection after N PDUs received." };
    private readonly Option<string?> _redirect = new("--fault-redirect") { Description = "Redirect every login to HOST:PORT (status 0x0101)." };
    private readonly Option<int> _readDelay = new("--fault-read-delay-ms") { Description = "Delay each READ's data by N milliseconds." };
    private readonly Option<bool> _wrongChap = new("--fault-wrong-chap-response") { Description = "Answer mutual CHAP challenges wrongly." };
    private readonly Option<string?> _async = new("--fault-async")
    {
        Description = "Send one Asynchronous Message after N SCSI commands: logout:N[:SECONDS] (the initiator must log out within "
            + "SECONDS, default 10, or is dropped), drop-connection:N or drop-session:N (announce, then drop).",
    };

    /// <summary>Every fault option, to add to the command.</summary>
    public IEnumerable<Option> All => [_busy, _noLogin, _reject, _drop, _redirect, _readDelay, _wrongChap, _async];

    /// <summary>The faults asked for; false with a message naming the option when a value is not understood.</summary>
    public bool TryBuild(ParseResult parseResult, out IscsiTargetFaults faults, out string error)
    {
        faults = IscsiTargetFaults.None;
        error = string.Empty;
        IscsiLoginStatus? status = null;
        if (parseResult.GetValue(_reject) is { } text)
        {
            if (!TryStatus(text, out var parsed))
            {
                error = $"--fault-login-reject '{text}': expected 0xCCDD or CLASS/DETAIL with a class of 1-3";
                return false;
            }
            status = parsed;
        }
        IscsiPortal? redirectTo = null;
        if (parseResult.GetValue(_redirect) is { } address && !IscsiPortal.TryParse(address, out redirectTo))
        {
            error = $"--fault-redirect '{address}': expected HOST:PORT";
            return false;
        }
        IscsiAsyncFault? asyncMessage = null;
        if (parseResult.GetValue(_async) is { } spec && !TryAsync(spec, out asyncMessage))
        {
            error = $"--fault-async '{spec}': expected logout:N[:SECONDS], drop-connection:N or drop-session:N";
            return false;
        }
        if (parseResult.GetValue(_busy) < 0 || parseResult.GetValue(_readDelay) < 0 || parseResult.GetValue(_drop) is < 1)
        {
            error = "fault counts and delays must not be negative (--fault-drop-after at least 1)";
            return false;
        }
        faults = new IscsiTargetFaults
        {
            LunBusyAttempts = parseResult.GetValue(_busy),
            NoLoginResponse = parseResult.GetValue(_noLogin),
            LoginReject = status,
            DropAfterPdus = parseResult.GetValue(_drop),
            RedirectTo = redirectTo,
            ReadDelay = TimeSpan.FromMilliseconds(parseResult.GetValue(_readDelay)),
            WrongChapResponse = parseResult.GetValue(_wrongChap),
            AsyncMessage = asyncMessage,
        };
        return true;
    }

    private static bool TryAsync(string text, out IscsiAsyncFault? fault)
    {
        fault = null;
        var parts = text.Split(':');
        if (parts.Length is < 2 or > 3 || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var after))
        {
            return false;
        }
        var seconds = 10;
        if (parts.Length == 3 && (parts[0] != "logout"
            || !int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out seconds) || seconds is < 1 or > ushort.MaxValue))
        {
            return false;
        }
        IscsiAsyncEvent? asyncEvent = parts[0] switch
        {
            "logout" => IscsiAsyncEvent.LogoutRequested,
            "drop-connection" => IscsiAsyncEvent.ConnectionWillDrop,
            "drop-session" => IscsiAsyncEvent.SessionWillDrop,
            _ => null,
        };
        if (asyncEvent is null)
        {
            return false;
        }
        fault = new IscsiAsyncFault(asyncEvent.Value, after) { LogoutWithin = TimeSpan.FromSeconds(seconds) };
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
