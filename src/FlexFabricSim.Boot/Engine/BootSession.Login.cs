using System.Globalization;
using System.Net;
using FlexFabricSim.Boot.Console;
using FlexFabricSim.Boot.Events;
using FlexFabricSim.Boot.Flow;
using FlexFabricSim.Device.Nvram;
using FlexFabricSim.Net.Chap;
using FlexFabricSim.Net.Iscsi;
using FlexFabricSim.Net.Iscsi.Failures;
using FlexFabricSim.Net.Iscsi.Initiator;

namespace FlexFabricSim.Boot.Engine;

// The login step: a TCP connection over the adapter's own stack and an iSCSI login with the card's CHAP settings.
internal sealed partial class BootSession
{
    private IscsiSession? _session;

    private async Task LoginAsync(CancellationToken cancellationToken)
    {
        var address = _flow.Address!;
        var target = _flow.CurrentTarget!;
        await CloseSessionAsync();
        if (_flow.RetryRound > 0 || _flow.BusyRetriesUsed > 0)
        {
            // A retry round or a busy reconnect pauses first (the guide gives no figure, BootTimings.RetryPause).
            await Task.Delay(_timings.RetryPause.Value, _time, cancellationToken);
        }
        _journal.Print(RomMessage.Connecting, Portal(target), target.Name);
        try
        {
            _session = await IscsiSession.LoginAsync(new IscsiPortal(target.Address.ToString(), target.Port), target.Name,
                InitiatorOptions(address, target), _port.ConnectAsync, _time, cancellationToken);
        }
        catch (IscsiException e)
        {
            _journal.Print(RomMessage.LoginFailed, e.Failure.Message);
            _flow.LoginFailed(IscsiFailureMapping.ToStepFailure(e.Failure));
            return;
        }
        _journal.Print(RomMessage.LoginOk);
        _journal.Record(EngineCode.LoginSucceeded, string.Create(CultureInfo.InvariantCulture,
            $"Logged in to {target.Name} at {Portal(target)} as {address.InitiatorName} ({ChapText(target.Chap.Mode)}; from {target.Source})."));
        _flow.LoginSucceeded(new LoginReport(target));
    }

    private IscsiInitiatorOptions InitiatorOptions(AddressReport address, BootTarget target) => new()
    {
        InitiatorName = address.InitiatorName,
        Chap = target.Chap.Mode == ChapMode.None ? null : new ChapCredentials(_config.ChapId, _config.ChapSecret),
        MutualChap = target.Chap.Mode == ChapMode.Mutual ? new ChapCredentials(target.Chap.TargetChapId, target.Chap.TargetChapSecret) : null,
        ConnectTimeout = _timings.TcpConnect.Value,
        LoginTimeout = _timings.LoginResponse.Value,
        CommandTimeout = _timings.ScsiCommand.Value,
        // The ROM answers a busy LUN by reconnecting, counted by LUN Busy Retry Count (G p.6): no retries inside a session.
        BusyRetryCount = 0,
        // Mutual CHAP challenges from a source seeded by the MAC: the same lab gives the same capture.
        Random = _random.NextBytes,
    };

    private async ValueTask CloseSessionAsync()
    {
        if (_session is not null)
        {
            await _session.DisposeAsync();
            _session = null;
        }
    }

    private static string Portal(BootTarget target) =>
        target.Address.AddressFamily == System.Net.Sockets.AddressFamily.InterNetworkV6
            ? $"[{target.Address}]:{target.Port.ToString(CultureInfo.InvariantCulture)}"
            : new IPEndPoint(target.Address, target.Port).ToString();

    private static string ChapText(ChapMode mode) => mode switch
    {
        ChapMode.OneWay => "CHAP",
        ChapMode.Mutual => "mutual CHAP",
        _ => "no authentication",
    };
}
