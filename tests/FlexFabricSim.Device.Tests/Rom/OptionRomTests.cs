using FlexFabricSim.Device.Nvram;
using FlexFabricSim.Device.Rom;
using static FlexFabricSim.Device.Tests.TestConfigs;

namespace FlexFabricSim.Device.Tests.Rom;

public class OptionRomTests
{
    [Fact]
    public void Factory_ROMs_are_consistent_with_or_without_iSCSI_firmware()
    {
        Assert.Null(OptionRom.Factory(true).Check());
        Assert.Null(OptionRom.Factory(false).Check());
        Assert.Equal("", OptionRom.Factory(false).IscsiBootVersion);
        Assert.NotNull(new OptionRom("7.8.21", "7.8.3", IscsiBootFirmware.Absent).Check());
        Assert.NotNull(new OptionRom("seven", "", IscsiBootFirmware.Absent).Check());
        Assert.NotNull(new OptionRom("7.8.21", "", IscsiBootFirmware.Present).Check());
    }

    [Fact]
    public void Banner_names_the_MBA_version_and_the_configured_setup_key()
    {
        var rom = OptionRom.Factory(true);
        Assert.Equal(
            ["HP Ethernet Boot Agent v7.8.21", OptionRomBanner.CopyrightLine, "Press Ctrl-S to Enter Configuration Menu ..."],
            OptionRomBanner.Lines(rom, Factory().GetMba(Port0)));
        Assert.Equal("Press Ctrl-B to Enter Configuration Menu ...",
            OptionRomBanner.Lines(rom, Factory().With(("mba.setup-key-stroke", "ctrl-b")).GetMba(Port0))[2]);
        Assert.Equal(2, OptionRomBanner.Lines(rom, Factory().With(("mba.hide-setup-prompt", "enabled")).GetMba(Port0)).Count);
    }
}
