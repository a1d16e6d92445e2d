using System.Globalization;
using FlexFabricSim.Boot.Console;
using FlexFabricSim.Boot.Events;
using FlexFabricSim.Boot.Flow;
using FlexFabricSim.Device.Catalog;
using FlexFabricSim.Device.Nvram;

namespace FlexFabricSim.Boot.Engine;

// Banner and setup prompt window, link, Link Up Delay (G p.5-6, T5 p.26).
internal sealed partial class BootSession
{
    private async Task BannerAsync(CancellationToken cancellationToken)
    {
        var mba = _config.Mba;
        _journal.Print(RomMessage.BannerProduct, _config.Configuration.OptionRom.MbaVersion);
        _journal.Print(RomMessage.BannerCopyright);
        if (!mba.HideSetupPrompt)
        {
            _journal.Print(RomMessage.SetupPrompt, mba.SetupKeyStroke == SetupKeyStroke.CtrlB ? "Ctrl-B" : "Ctrl-S");
            // The prompt stays up for Banner Message Timeout seconds; nobody presses the key in a simulated boot.
            await CountdownAsync(TimeSpan.FromSeconds(mba.BannerMessageTimeoutSeconds), "setup prompt", cancellationToken);
        }
        _flow.BannerElapsed();
    }

    private async Task LinkAsync(CancellationToken cancellationToken)
    {
        _journal.Print(RomMessage.IscsiSignOn, _config.Configuration.OptionRom.IscsiBootVersion);
        _journal.Print(RomMessage.LinkWaiting);
        var (speed, reason) = await _port.WaitForLinkUpAsync(_timings.LinkWait.Value, _time, cancellationToken);
        if (speed is not { } up)
        {
            _journal.Print(RomMessage.NoLink);
            _flow.NoLink(reason);
            return;
        }
        var text = up == LinkSpeed.TenGigabit ? "10 Gbps" : "1 Gbps";
        _journal.Print(RomMessage.LinkUp, text);
        _journal.Record(EngineCode.LinkUp, $"Link up at {text} on {_port.Link.Name}.");
        _flow.LinkCameUp(new LinkReport(up));
    }

    private async Task LinkUpDelayAsync(CancellationToken cancellationToken)
    {
        var delay = _config.LinkUpDelay;
        if (delay > TimeSpan.Zero)
        {
            _journal.Print(RomMessage.LinkUpDelay, delay.TotalSeconds.ToString("0", CultureInfo.InvariantCulture));
        }
        // The stack holds its first frame for the same Link Up Delay Time (NetworkStackOptions.LinkUpDelay): wait for that.
        var ready = _port.Stack.WaitForLinkAsync(cancellationToken);
        await CountdownAsync(delay, "Link Up Delay", cancellationToken);
        await ready;
        _flow.DelayElapsed();
    }

    /// <summary>Waits <paramref name="duration"/>, telling live viewers every second how much is left (the ROM's countdowns).</summary>
    private async Task CountdownAsync(TimeSpan duration, string what, CancellationToken cancellationToken)
    {
        var left = duration;
        while (left > TimeSpan.Zero)
        {
            _observer?.OnCountdown(what, left);
            var step = left < TimeSpan.FromSeconds(1) ? left : TimeSpan.FromSeconds(1);
            await Task.Delay(step, _time, cancellationToken);
            left -= step;
        }
    }
}
